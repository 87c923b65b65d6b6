# Builtin types called with too many (or too few) positional arguments:
# CPython's TypeError, worded each type's own way; subclasses whose own
# __new__/__init__ take more arguments are not held to the base's count.
import builtins

names = [
    "tuple", "list", "set", "frozenset", "dict", "str", "bytes", "int",
    "float", "bool", "bytearray", "complex", "range", "slice", "object",
    "memoryview", "enumerate", "zip", "map", "filter", "reversed",
    "property", "staticmethod", "classmethod", "super",
]
for name in names:
    constructor = getattr(builtins, name)
    for count in (6, 4, 3, 2):
        try:
            constructor(*[[]] * count)
        except TypeError as e:
            print(name, count, "|", e)
        except Exception as e:
            print(name, count, "|", type(e).__name__, e)
        else:
            print(name, count, "| ok")

for name in ("staticmethod", "classmethod"):
    try:
        getattr(builtins, name)()
    except TypeError as e:
        print(name, 0, "|", e)


class L(list):
    def __init__(self, a, b, c):
        super().__init__([a, b, c])


class D(dict):
    def __init__(self, a, b):
        super().__init__(x=a, y=b)


class S(set):
    def __init__(self, a, b):
        super().__init__([a, b])


class T(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))


class FS(frozenset):
    def __new__(cls, *items):
        return super().__new__(cls, items)


class St(str):
    def __new__(cls, a, b, c, d):
        return super().__new__(cls, a + b + c + d)


print(L(1, 2, 3), D(1, 2), S(1, 2), T(1, 2), FS(1, 2, 3), St("a", "b", "c", "d"))


class T2(tuple):
    def __init__(self, a, b):
        pass


try:
    T2(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(tuple([1, 2]), list("ab"), set(), dict(a=1), range(1, 9, 2), slice(1, 2, 3), bool(0), complex(1, 2))
for args in [(b"x", "utf-8"), ("x", 1), ("x", "utf-8", 2), ("x", None), ("x", "utf-8", None), ("x", "ascii")]:
    for constructor in (bytes, bytearray):
        try:
            print(constructor(*args))
        except TypeError as e:
            print("TypeError:", e)
