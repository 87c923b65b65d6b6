a = [1, 2]
b = a
c = list(a)
print(a is b, a is c, a == c, id(a) == id(b))
print(hash(42) == hash(42.0), hash("x") == hash("x"), callable(print), callable(None))
x = 10
print(globals()["x"], "x" in globals(), type(globals()).__name__)
def f():
    y = 1
    return sorted(locals())
print(f())
print(getattr([], "append") is not None, hasattr("s", "upper"), hasattr(1, "nope"))
print(getattr(1, "nope", "fallback"))
