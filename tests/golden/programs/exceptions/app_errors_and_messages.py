import traceback
import sys


class AppError(Exception):
    """Base for app errors."""


class ValidationError(AppError):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field


class NotFound(AppError, KeyError):
    pass


def load(record):
    try:
        return int(record["age"])
    except KeyError as e:
        raise ValidationError("age", "missing") from e
    except ValueError:
        raise ValidationError("age", f"bad value {record['age']!r}")


for rec in [{"age": "3"}, {}, {"age": "x"}]:
    try:
        print(load(rec))
    except AppError as e:
        print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__, "| context:", type(e.__context__).__name__, e.__suppress_context__)

try:
    raise NotFound("user 7")
except KeyError as e:
    print("caught as KeyError:", repr(e), str(e), e.args)

e = ValueError("a", 1)
print(repr(e), str(e), e.args, repr(Exception()), str(Exception()), repr(KeyError("k")), str(KeyError("k")))
try:
    try:
        1 / 0
    finally:
        print("finally runs")
except ZeroDivisionError as z:
    print("then caught", z)


def nested():
    try:
        [].pop()
    except IndexError:
        raise RuntimeError("wrapped")


try:
    nested()
except RuntimeError:
    print(traceback.format_exc().replace(__file__, "FILE"))

err = ExceptionGroup("many", [ValueError("v"), TypeError("t"), ValueError("w")])
try:
    raise err
except* ValueError as eg:
    print("values:", [str(x) for x in eg.exceptions])
except* TypeError as eg:
    print("types:", [str(x) for x in eg.exceptions])

try:
    raise ValueError("with note")
except ValueError as e:
    e.add_note("extra context")
    print(e.__notes__)
print(issubclass(NotFound, LookupError), NotFound.__mro__)
try:
    {}["x"]
except LookupError as e:
    print(type(e).__name__, e)
try:
    None.attr
except AttributeError as e:
    print(e)
try:
    "abc"[10]
except IndexError as e:
    print(e)
try:
    int(None)
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    [1, 2] + (3,)
except TypeError as e:
    print(e)
try:
    undefined_name
except NameError as e:
    print(e)
try:
    def f(a, b): pass
    f(1, 2, 3)
except TypeError as e:
    print(e)
try:
    f(1, c=2)
except TypeError as e:
    print(e)
try:
    "x" * "y"
except TypeError as e:
    print(e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    import nonexistent_mod
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    raise SystemExit(3)
except SystemExit as e:
    print("exit code", e.code)
sys.stderr.write("done\n")
def deep(n):
    return deep(n + 1) if n < 5 else {}["k"]
deep(0)
