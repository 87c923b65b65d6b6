errors = [ZeroDivisionError, KeyError, IndexError, ValueError, TypeError, AttributeError, NameError, StopIteration, OverflowError]
for E in errors:
    chain = []
    t = E
    while t is not object:
        chain.append(t.__name__)
        t = t.__bases__[0]
    print(" -> ".join(chain))
print(issubclass(KeyError, LookupError), issubclass(ValueError, ArithmeticError), isinstance(KeyError("k"), Exception))
try:
    [][0]
except LookupError as e:
    print("LookupError caught:", type(e).__name__, e)
e = ValueError("a", 2)
print(e.args, str(e), repr(e), str(KeyError("k")), str(ValueError()))
