# `__doc__` may be a slot (typing's special forms keep their docs so); the
# class dict gets its `__doc__` and `__hash__` defaults after the slots.


class Form:
    __slots__ = ("_name", "__doc__")

    def __init__(self, name, doc):
        self._name = name
        self.__doc__ = doc


f = Form("Any", "Special type indicating an unconstrained type.")
print(f._name, f.__doc__, type(Form.__dict__["__doc__"]).__name__)


class Plain:
    __slots__ = ("x",)


class Documented:
    """A docstring."""

    __slots__ = ("y",)


class Compared:
    def __eq__(self, other):
        return True


for cls in (Plain, Documented, Compared):
    print(cls.__name__, [k for k in cls.__dict__ if k not in ("__dict__", "__weakref__")], cls.__doc__)
try:

    class Clash:
        """Doc."""

        __slots__ = ("__doc__",)

except ValueError as e:
    print("ValueError:", e)
