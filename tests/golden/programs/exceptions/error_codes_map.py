# Mapping exception types to user-facing error codes with isinstance and MRO.
ERRORS = [
    (FileNotFoundError, "E404"), (PermissionError, "E403"), (OSError, "E500"),
    (KeyError, "E410"), (LookupError, "E400"), (ZeroDivisionError, "E422"),
    (ArithmeticError, "E420"), (ValueError, "E401"), (Exception, "E999"),
]


def code_for(exc):
    for kind, code in ERRORS:
        if isinstance(exc, kind):
            return code


def risky(n):
    if n == 0:
        open("no/such/file.txt")
    if n == 1:
        return {}["key"]
    if n == 2:
        return [][3]
    if n == 3:
        return 1 % 0
    if n == 4:
        return 2.0 ** 5000
    if n == 5:
        return int("abc")
    if n == 6:
        raise PermissionError("denied")
    if n == 7:
        raise RuntimeError("generic")
    return "fine"


for n in range(9):
    try:
        print(n, risky(n))
    except Exception as e:
        print(n, code_for(e), type(e).__name__, [c.__name__ for c in type(e).__mro__])
print(issubclass(KeyError, LookupError), issubclass(UnicodeDecodeError, ValueError),
      issubclass(NotImplementedError, RuntimeError), issubclass(RecursionError, RuntimeError),
      issubclass(ModuleNotFoundError, ImportError), issubclass(StopIteration, Exception))
