try:
    raise ExceptionGroup("many", [ValueError("a"), TypeError("b"), ValueError("c")])
except* ValueError as eg:
    print("VE", repr(eg), eg.exceptions)
except* TypeError as eg:
    print("TE", eg.message, str(eg))
eg = ExceptionGroup("x", [KeyError(1), ValueError(2)])
m, r = eg.split(KeyError)
print(repr(m), repr(r), eg.subgroup(ValueError))
try:
    try:
        raise ExceptionGroup("outer", [ValueError("v"), OSError("o")])
    except* ValueError:
        print("handled v")
except ExceptionGroup as e:
    print("rest:", repr(e))
try:
    raise ValueError("naked")
except* ValueError as e:
    print(repr(e))
raise ExceptionGroup("top", [ValueError("a"), ExceptionGroup("inner", [TypeError("t")])])
