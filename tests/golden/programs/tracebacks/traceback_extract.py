# The traceback module's extraction API: extract_tb, walk_tb, format_tb,
# print_tb, FrameSummary and StackSummary.
import functools
import sys
import traceback


def load_config(text):
    settings = {}
    for line in text.splitlines():
        key, value = line.split("=")
        settings[key.strip()] = value.strip()
    return settings


def start(text):
    return load_config(text)


try:
    start("a = 1\nbroken line\n")
except ValueError as e:
    err = e

tb = err.__traceback__
summary = traceback.extract_tb(tb)
print(type(summary).__name__, len(summary))
for frame in summary:
    print(frame.filename == __file__, frame.lineno, frame.name, repr(frame.line))
    print("  ", frame.end_lineno, frame.colno, frame.end_colno)
print([fs[2] for fs in summary])
name, lineno, func, line = summary[-1][0], summary[-1][1], summary[-1][2], summary[-1][3]
print(lineno, func, line)
print(summary[-1] == (__file__, 11, "load_config", "key, value = line.split(\"=\")"))
print(len(traceback.extract_tb(tb, limit=2)), traceback.extract_tb(tb, limit=-1)[0].name)

print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(tb)])

for chunk in traceback.format_tb(tb):
    print(chunk.replace(__file__, "FILE"), end="")
print("--")
for chunk in traceback.format_tb(tb, limit=1):
    print(chunk.replace(__file__, "FILE"), end="")
print("--")
traceback.print_tb(tb, limit=-1, file=sys.stdout)

# FrameSummary built by hand, and StackSummary.from_list / format.
fs = traceback.FrameSummary("app.py", 12, "main", line="  run()  ")
print(fs.filename, fs.lineno, fs.name, repr(fs.line), list(fs), len(fs))
print(fs == ("app.py", 12, "main", "run()"), fs == traceback.FrameSummary("app.py", 12, "main", line="run()"))
stack = traceback.StackSummary.from_list([("lib.py", 3, "helper", "return x"), fs])
print(stack.format())
print(traceback.format_list([("a.py", 1, "f", "pass"), ("b.py", 2, "g", None)]))
print(traceback.extract_tb(None))

# Frames of the C functions CPython would show none for are left out.
try:
    functools.reduce(lambda a, b: a / b, [1, 0])
except ZeroDivisionError as e:
    print([fs.name for fs in traceback.extract_tb(e.__traceback__)])
try:
    sorted([3, "x", 1], key=lambda v: v + 1)
except TypeError as e:
    print([fs.name for fs in traceback.extract_tb(e.__traceback__)])

# Recursion: the repeated lines are folded when formatted.
def countdown(n):
    if n == 0:
        raise RecursionError("bottom")
    return countdown(n - 1)


try:
    countdown(8)
except RecursionError as e:
    lines = traceback.format_tb(e.__traceback__)
    print(len(lines))
    print("".join(lines).replace(__file__, "FILE"))
