# A special method held by a descriptor that is not a function is bound by
# its __get__, for `with` as for the operators (unittest.mock's MagicProxy).
class Bound:
    def __init__(self, func):
        self.func = func

    def __get__(self, obj, owner=None):
        print("__get__ for", type(obj).__name__)
        return lambda *args: self.func(obj, *args)


class Resource:
    __enter__ = Bound(lambda self: "resource")
    __exit__ = Bound(lambda self, *exc: print("closing after", exc[0].__name__ if exc[0] else None) or True)
    __len__ = Bound(lambda self: 2)


r = Resource()
with r as value:
    print("using", value)
with r:
    raise KeyError("swallowed by __exit__")
print(len(r))


class Plain:
    __enter__ = print
    __exit__ = print


try:
    with Plain():
        pass
except TypeError as e:
    print("TypeError:", e)
