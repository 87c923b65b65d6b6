# A metaclass's __prepare__ may return any mapping: the class body's names are
# stored through its __setitem__ and read through its __getitem__ (a KeyError
# falls back to globals and builtins).
class Recording(dict):
    def __init__(self):
        super().__init__()
        self.log = []

    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.log.append(key)
        super().__setitem__(key, value)

    def __getitem__(self, key):
        if key == "magic":
            return 42
        return super().__getitem__(key)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return Recording()

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = ns.log
        return cls


GLOBAL = "from globals"


class Widget(metaclass=Meta):
    def draw(self):
        return "drawing"

    paint = draw
    size = 3
    area = size * size
    answer = magic
    where = GLOBAL
    kind = len("abc")


print(Widget.order, Widget.area, Widget.answer, Widget.where, Widget.kind, Widget().paint())
print(Widget.__qualname__, Widget.__module__)


class Strict(dict):
    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):
            raise TypeError(f"{key!r} defined twice")
        super().__setitem__(key, value)


class NoDupes(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Strict()

    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))


try:
    class Bad(metaclass=NoDupes):
        def f(self):
            pass

        def f(self):
            pass
except TypeError as e:
    print("TypeError:", e)
