# Assigning a function's __name__ and __qualname__ takes only strings (str
# subclasses too); __doc__ and __module__ take anything.
def f():
    pass
for attr, value in (("__name__", 3), ("__qualname__", None), ("__name__", "g"), ("__qualname__", "x.g"), ("__doc__", 5), ("__module__", 7)):
    try:
        setattr(f, attr, value)
        print(attr, "set", repr(getattr(f, attr)))
    except TypeError as e:
        print(attr, "TypeError:", e)
class S(str):
    pass
f.__name__ = S("sub")
print(f.__name__, type(f.__name__).__name__)
print(f.__qualname__, repr(f).split(" at ")[0])
