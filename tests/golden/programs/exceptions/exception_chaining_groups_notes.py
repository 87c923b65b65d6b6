import traceback
import sys


class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code

    def __str__(self):
        return f"[{self.code}] {self.args[1]}"


class ValidationError(AppError, ValueError):
    pass


def parse_age(s):
    try:
        age = int(s)
    except ValueError as e:
        raise ValidationError(400, f"bad age {s!r}") from e
    if age < 0:
        raise ValidationError(422, "negative age")
    return age


for s in ["42", "x", "-1"]:
    try:
        print(parse_age(s))
    except AppError as e:
        print(f"{type(e).__name__}: {e} code={e.code} args={e.args} cause={e.__cause__!r}")
        print("isinstance ValueError:", isinstance(e, ValueError))

try:
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    print("context:", repr(e.__context__), "cause:", e.__cause__, "suppress:", e.__suppress_context__)
    print("".join(traceback.format_exception(type(e), e, e.__traceback__)))

try:
    raise ValueError("direct")
except ValueError:
    traceback.print_exc()
    print(traceback.format_exc().splitlines()[-1])
    etype, value, tb = sys.exc_info()
    print(etype.__name__, value)
print(sys.exc_info())


def level3():
    return 1 / 0


def level2():
    return level3()


def level1():
    try:
        level2()
    except ZeroDivisionError as e:
        raise LookupError("lookup failed") from e


try:
    level1()
except LookupError as e:
    for line in traceback.format_exception(e):
        print(line, end="")
    print(traceback.format_exception_only(type(e), e))

try:
    raise ExceptionGroup("many", [ValueError("a"), TypeError("b"), ValueError("c")])
except* ValueError as eg:
    print("value errors:", [str(x) for x in eg.exceptions])
except* TypeError as eg:
    print("type errors:", eg.exceptions)

e = Exception("note me")
e.add_note("extra context")
try:
    raise e
except Exception as ex:
    print(ex.__notes__)
    traceback.print_exception(ex)


def finally_demo():
    try:
        return "try"
    finally:
        print("finally runs")


print(finally_demo())
for exc in [StopIteration(5), KeyError("k"), OSError(2, "No such file"), SystemExit(3)]:
    print(type(exc).__name__, repr(exc), str(exc), exc.args)
print(FileNotFoundError(2, "gone").errno, issubclass(FileNotFoundError, OSError))
try:
    [][5]
except IndexError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    undefined_name
except NameError as e:
    print(e, e.name)
assert True, "fine"
try:
    assert 1 > 2, f"assert msg {1}"
except AssertionError as e:
    print("AssertionError:", e)
level1()
