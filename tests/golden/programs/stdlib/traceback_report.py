# A batch job that keeps going after errors and reports them with traceback.
import sys
import traceback


def parse_record(line):
    name, qty, price = line.split(",")
    return name.strip(), int(qty), float(price)


def load(lines):
    records, errors = [], []
    for number, line in enumerate(lines, 1):
        try:
            records.append(parse_record(line))
        except ValueError:
            errors.append((number, traceback.format_exc()))
    return records, errors


records, errors = load(["apple, 3, 0.5", "pear, x, 0.25", "plum, 2", "fig, 10, 1.5"])
print(records)
for number, text in errors:
    print(f"--- line {number} ---")
    print(text, end="")

try:
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("lookup failed") from e
except RuntimeError as e:
    print("".join(traceback.format_exception(e)), end="")
    print("".join(traceback.format_exception(type(e), e, e.__traceback__, chain=False)), end="")
    print(traceback.format_exception_only(e))
    traceback.print_exc(file=sys.stdout)

print(repr(traceback.format_exc()))


def audit():
    for frame in traceback.extract_stack():
        print("  at", frame.name, "line", frame.lineno, "->", frame.line)


def run_job():
    audit()


run_job()
try:
    1 / 0
except ZeroDivisionError:
    traceback.print_exc()
