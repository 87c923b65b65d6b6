# Translating low-level errors into domain errors: from, from None, context.
SETTINGS = {"port": "80a", "host": "localhost"}


def get_int(key):
    try:
        return int(SETTINGS[key])
    except KeyError:
        raise LookupError(f"setting {key!r} is missing") from None
    except ValueError as e:
        raise TypeError(f"setting {key!r} is not a number") from e


for key in ("port", "timeout"):
    try:
        get_int(key)
    except (LookupError, TypeError) as e:
        print(type(e).__name__, e)
        print("  cause:", repr(e.__cause__))
        print("  context:", repr(e.__context__))
        print("  suppress:", e.__suppress_context__)

try:
    try:
        {}["x"]
    except KeyError as inner:
        raise RuntimeError("outer") from inner
except RuntimeError as e:
    print(e.__cause__ is e.__context__, repr(e.__cause__))

err = ValueError("manual")
err.__cause__ = IndexError("set by hand")
print(repr(err.__cause__), err.__suppress_context__)
e2 = ValueError("x").with_traceback(None)
print(repr(e2), e2.__traceback__)
get_int("port")
