import sys

class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"

class NotFound(AppError):
    pass

def load(key):
    data = {"a": 1}
    try:
        return data[key]
    except KeyError as e:
        raise NotFound(404, f"no {key}") from e

try:
    load("z")
except AppError as e:
    print(e, repr(e), e.code, type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)

def ctx():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
try:
    ctx()
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)

try:
    try:
        raise TypeError("inner")
    except TypeError:
        raise RuntimeError("outer") from None
except RuntimeError as e:
    print(e.__context__, e.__cause__, e.__suppress_context__)

def eg():
    raise ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2"), ExceptionGroup("nested", [KeyError("k")])])

try:
    eg()
except* ValueError as g:
    print("values:", [str(e) for e in g.exceptions])
except* (TypeError, KeyError) as g:
    print("others:", repr(g))

try:
    try:
        eg()
    except* ValueError:
        print("handled values only")
except ExceptionGroup as rest:
    print("rest:", rest, [type(e).__name__ for e in rest.exceptions])

g = ExceptionGroup("grp", [ValueError(1), TypeError(2)])
match_, rest = g.split(ValueError)
print(match_, rest, g.subgroup(lambda e: isinstance(e, TypeError)))
print(repr(BaseExceptionGroup("b", [KeyboardInterrupt()])))
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print(e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print(e)

def finally_order():
    out = []
    for i in range(3):
        try:
            if i == 1:
                continue
            out.append(f"body{i}")
        finally:
            out.append(f"fin{i}")
    return out
print(finally_order())

def return_in_finally():
    try:
        return "try"
    finally:
        print("finally runs")
print(return_in_finally())

def override():
    try:
        raise ValueError
    finally:
        return "swallowed"
print(override())

try:
    raise ValueError("a", 1, None)
except ValueError as e:
    print(e, e.args, str(ValueError()), repr(ValueError()), str(KeyError("k")), str(KeyError("k", 2)))

e = OSError(2, "No such file")
print(e.errno, e.strerror, e, type(FileNotFoundError(2, "x")).__mro__[1].__name__)
print(isinstance(OSError(2, "nf"), FileNotFoundError))
try:
    open("/nonexistent/file.txt")
except FileNotFoundError as e:
    print(e.errno, e.filename, e)
except OSError as e:
    print("oserror", e)

try:
    int("x")
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)

err = None
try:
    raise KeyError("gone")
except KeyError as err:
    pass
try:
    print(err)
except NameError as e:
    print("NameError:", e)

def nested_handlers():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError:
            print("inner exc_info", sys.exc_info()[0].__name__)
        print("outer exc_info", sys.exc_info()[0].__name__)
    print("after", sys.exc_info())
nested_handlers()

class Custom(Exception):
    pass
print(repr(Custom("x", 2)), str(Custom()), Custom.__mro__[-2].__name__)
e = Exception("note me")
e.add_note("a note")
e.add_note("another")
print(e.__notes__)
try:
    assert 1 == 2, "math broke"
except AssertionError as e:
    print("assert:", e)
try:
    assert False
except AssertionError as e:
    print("assert2:", repr(e))
print(StopIteration(5).value, SystemExit(3).code, KeyboardInterrupt.__mro__[1].__name__)
try:
    raise Exception("outer") from ValueError("cause")
except Exception as e:
    print(e.__cause__)
def deep(n):
    if n == 0:
        raise RecursionError("manual")
    return deep(n - 1)
try:
    deep(10)
except RecursionError as e:
    print("rec", e)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise ValueError from 5
except TypeError as e:
    print(e)
