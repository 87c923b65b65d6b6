# super().name(...) in its many shapes: the fast path (a function found on
# the MRO, called with the instance) and every case that is not.
class Base:
    def __init__(self, x):
        self.x = x

    def step(self, by=1):
        return ("Base.step", self.x, by)

    @classmethod
    def make(cls, x):
        return cls(x)

    @staticmethod
    def helper(v):
        return v * 2

    @property
    def double(self):
        return self.x * 2

    def __repr__(self):
        return f"{type(self).__name__}({self.x})"


class Left(Base):
    def step(self, by=1):
        return ("Left",) + super().step(by)


class Right(Base):
    def step(self, by=1):
        return ("Right",) + super().step(by + 1)


class Diamond(Left, Right):
    def __init__(self, x):
        super().__init__(x * 10)

    def step(self, by=1):
        return ("Diamond",) + super().step(by)

    @classmethod
    def make(cls, x):
        made = super().make(x)
        return ("made", made)

    def use_static(self):
        return super().helper(21)

    def use_property(self):
        return super().double

    def use_builtin(self):
        super().__setattr__("y", 5)
        return self.y, super().__repr__(), super().__str__()

    def with_closure(self):
        def inner():
            return __class__
        return inner(), super().step(0)


d = Diamond(1)
print(d.step())
print(Diamond.make(2))
print(d.use_static(), d.use_property(), d.use_builtin())
print(d.with_closure())
print([c.__name__ for c in Diamond.__mro__])


class Shadow(Base):
    def step(self, by=1):
        return super().step(by)


def fake_super():
    class Fake:
        def step(self, by=1):
            return ("fake", by)
    return Fake()


saved = super
super = fake_super
print(Shadow(3).step(4))
super = saved
del saved
print(Shadow(3).step(4))


class Missing(Base):
    def nothing(self):
        return super().not_there()


try:
    Missing(1).nothing()
except AttributeError as e:
    print("AttributeError:", e)


def no_class():
    return super().step()


try:
    no_class()
except RuntimeError as e:
    print("RuntimeError:", e)


class NoArgs(Base):
    def f(*args):
        return super().step()


try:
    NoArgs(1).f()
except RuntimeError as e:
    print("RuntimeError:", e)


class Deleted(Base):
    def step(self, by=1):
        del self
        return super().step()


try:
    Deleted(1).step()
except RuntimeError as e:
    print("RuntimeError:", e)


class InstanceAttr(Base):
    def __init__(self, x):
        super().__init__(x)
        self.step = "instance attribute, not seen by super()"

    def run(self):
        return super().step(7)


print(InstanceAttr(9).run())


class Counter(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value + 1)

    def get(self, key, default=None):
        return ("got", super().get(key, default))


c = Counter()
c["a"] = 1
print(c, c.get("a"), c.get("b", 0))
for i in range(3):
    print(Diamond(i).step(i))
