# except* with handlers that raise, re-raise and swallow; nested groups; tracebacks of the rest.
def validate(records):
    errors = []
    for i, r in enumerate(records):
        try:
            if not isinstance(r, dict):
                raise TypeError(f"record {i} is not a dict")
            if "id" not in r:
                raise KeyError(f"record {i} has no id")
            if r["id"] < 0:
                raise ValueError(f"record {i} has a negative id")
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("invalid records", errors)

records = [{"id": 1}, "x", {"name": "y"}, {"id": -5}, 7]
try:
    validate(records)
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions])
except* (KeyError, ValueError) as eg:
    print("values:", len(eg.exceptions), sorted(type(e).__name__ for e in eg.exceptions))

try:
    try:
        raise ExceptionGroup("batch", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise
    except* TypeError as eg:
        raise RuntimeError("converted") from eg
except BaseExceptionGroup as outer:
    print(type(outer).__name__, outer.message, len(outer.exceptions))
    for sub in outer.exceptions:
        print(" ", type(sub).__name__, repr(sub))

eg = ExceptionGroup("nested", [ValueError("a"), ExceptionGroup("inner", [ValueError("b"), KeyError("c")])])
print(eg.subgroup(ValueError))
print(eg.subgroup(lambda e: isinstance(e, KeyError)))
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(BaseExceptionGroup("plain", [ValueError()])), type(BaseExceptionGroup("k", [KeyboardInterrupt()])).__name__)
for bad in [lambda: ExceptionGroup("e", []), lambda: ExceptionGroup("e", [1]), lambda: ExceptionGroup("e", [KeyboardInterrupt()])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    try:
        raise ExceptionGroup("g", [ValueError("x")])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError", e)

def work():
    try:
        raise ExceptionGroup("jobs", [ZeroDivisionError("div"), ValueError("val")])
    except* ZeroDivisionError:
        print("handled division")

work()
