# Formatting exceptions with the traceback module: output identical to the
# interpreter's own report, carets included.
import sys
import traceback


class InventoryError(Exception):
    pass


def price_of(catalog, item):
    return catalog[item]["price"] * 1


def total(catalog, items):
    return sum(price_of(catalog, item) for item in items)


def checkout(catalog, items):
    try:
        return total(catalog, items)
    except KeyError as missing:
        raise InventoryError(f"unknown item {missing}") from missing


catalog = {"pen": {"price": 2}, "ink": {"cost": 5}}
for items in (["pen", "cap"], ["ink"]):
    try:
        checkout(catalog, items)
    except InventoryError as e:
        text = "".join(traceback.format_exception(e))
        print(text.replace(__file__, "FILE"))
        same = "".join(traceback.format_exception(type(e), e, e.__traceback__))
        print(same == text)

# Contexts, suppressed contexts, and chain=False.
try:
    try:
        int("twelve")
    except ValueError:
        raise LookupError("no number")
except LookupError as e:
    print("".join(traceback.format_exception(e)).replace(__file__, "FILE"))
    print("".join(traceback.format_exception(e, chain=False)).replace(__file__, "FILE"))
try:
    try:
        [][0]
    except IndexError:
        raise KeyError("quiet") from None
except KeyError as e:
    print("".join(traceback.format_exception(e)).replace(__file__, "FILE"))

# Carets for operators, subscripts and calls.
samples = [
    "a = {'k': [1, 2]}\nb = a['k'][5]",
    "x = 1\ny = (x) + None",
    "d = {}\nd.get('x').upper()",
    "n = 10\nm = n / (n - 10)",
]
for source in samples:
    try:
        exec(compile(source, "<sample>", "exec"))
    except Exception as e:
        print("".join(traceback.format_exception(e)), end="")


def deep_value(data):
    return data["a"]["b"]["c"]


try:
    deep_value({"a": {"b": None}})
except TypeError:
    print(traceback.format_exc().replace(__file__, "FILE"))

# TracebackException: capture once, format later; locals on request.
def risky(numbers, divisor):
    scaled = [n * 2 for n in numbers]
    results = []
    for n in scaled:
        results.append(n // divisor)
    return results


def capture():
    try:
        risky([1, 2], 0)
    except ZeroDivisionError as e:
        return traceback.TracebackException.from_exception(e, capture_locals=True)


te = capture()
print(te.exc_type.__name__, str(te), len(te.stack))
print("".join(te.stack.format()).replace(__file__, "FILE"))
print(list(te.format_exception_only()))
print(te.stack[-1].name, sorted(te.stack[-1].locals))
te = traceback.TracebackException.from_exception(te.__cause__ or ValueError("x"))
print("".join(te.format()))

# print_exception / print_exc write to a file; limit cuts the traceback.
try:
    risky([5], 0)
except ZeroDivisionError as e:
    traceback.print_exception(e, file=sys.stdout, limit=1)
    traceback.print_exc(file=sys.stdout, limit=-1)

# Notes, exception groups and syntax errors.
try:
    err = ValueError("with notes")
    err.add_note("first note")
    err.add_note("second note")
    raise err
except ValueError as e:
    traceback.print_exception(e, file=sys.stdout)


def validate(records):
    problems = []
    for i, record in enumerate(records):
        try:
            if not isinstance(record, int):
                raise TypeError(f"record {i} is {type(record).__name__}")
            if record < 0:
                raise ValueError(f"record {i} is negative")
        except Exception as problem:
            problems.append(problem)
    if problems:
        raise ExceptionGroup("invalid records", problems)


try:
    validate([1, "two", -3])
except ExceptionGroup as group:
    print("".join(traceback.format_exception(group)).replace(__file__, "FILE"))

try:
    compile("total = (1 +\n", "<config>", "exec")
except SyntaxError as e:
    traceback.print_exception(e, file=sys.stdout)
print(traceback.format_exception_only(OSError(2, "No such file")))
print(traceback.format_exception(None))
