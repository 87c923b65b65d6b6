# Cooperative multiple inheritance: a diamond, super() chains and the MRO.
class Base:
    def __init__(self, **kw):
        self.log = ["Base"]
        if kw:
            raise TypeError(f"unexpected settings {sorted(kw)}")

    def describe(self):
        return ["Base"]


class Colored(Base):
    def __init__(self, color="red", **kw):
        super().__init__(**kw)
        self.color = color
        self.log.append("Colored")

    def describe(self):
        return ["Colored"] + super().describe()


class Sized(Base):
    def __init__(self, size=1, **kw):
        super().__init__(**kw)
        self.size = size
        self.log.append("Sized")

    def describe(self):
        return ["Sized"] + super().describe()


class Widget(Colored, Sized):
    def __init__(self, name, **kw):
        super().__init__(**kw)
        self.name = name
        self.log.append("Widget")

    def describe(self):
        return ["Widget"] + super().describe()


w = Widget("knob", color="blue", size=3)
print([c.__name__ for c in Widget.__mro__])
print(w.log, w.describe(), w.color, w.size, w.name)
try:
    Widget("x", weight=5)
except TypeError as e:
    print("TypeError:", e)
print(super(Colored, w).describe(), Widget.describe(w), isinstance(w, Sized))
try:
    class Bad(Base, Colored):
        pass
except TypeError as e:
    print("TypeError:", e)
