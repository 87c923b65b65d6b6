# Operators on classes go through their metaclass's special methods (|,
# bool, len, iter, in, [], isinstance with super().__instancecheck__);
# super().__init__ along a mixin chain; singletons; attribute hooks;
# numbers: three-argument pow asks __pow__, divmod asks __divmod__.
class Meta(type):
    def __repr__(cls):
        return f"<Model {cls.__name__}>"
    def __len__(cls):
        return len(cls._fields)
    def __iter__(cls):
        return iter(cls._fields)
    def __getitem__(cls, key):
        return cls._fields[key]
    def __contains__(cls, item):
        return item in cls._fields
    def __call__(cls, *args, **kwargs):
        obj = super().__call__(*args, **kwargs)
        obj._created = True
        return obj
    def __instancecheck__(cls, inst):
        return hasattr(inst, "_created") or super().__instancecheck__(inst)
    def __or__(cls, other):
        return f"{cls.__name__}|{other.__name__}"
    def __bool__(cls):
        return bool(cls._fields)
class Model(metaclass=Meta):
    _fields = {}
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls._fields = {k: v for k, v in vars(cls).items() if isinstance(v, type)}
class User(Model):
    name = str
    age = int
class Empty(Model):
    pass
print(User, len(User), list(User), User["age"], "name" in User, isinstance(object(), User), isinstance(User(), User), User | Empty, bool(Empty), bool(User))
print(sorted(User), dict(User.__dict__).keys() >= {"name", "age"}, [k for k in reversed(list(User))])
class Prop:
    def __init__(self):
        self._x = 0
    def getx(self): return self._x
    def setx(self, v): self._x = v
    def delx(self): del self._x
    x = property(getx, setx, delx, "the x")
p = Prop(); p.x = 5; print(p.x, Prop.x.__doc__, type(Prop.x).__name__); del p.x; print(hasattr(p, "_x"))
class Base:
    def __init__(self, *args, **kwargs):
        print("Base init", args, kwargs)
class Mixin:
    def __init__(self, *args, **kwargs):
        print("Mixin init")
        super().__init__(*args, **kwargs)
class Child(Mixin, Base):
    def __init__(self, x):
        super().__init__(x, flag=True)
Child(1)
class Singleton:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        self.v = v
a, b = Singleton(1), Singleton(2)
print(a is b, a.v)
class Attr:
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"no access to {name}")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"default-{name}"
at = Attr(); at.secret_key = 1
print(at.public, at.secret_key, getattr(at, "secret_x", "fallback"))
class Frozen:
    __slots__ = ("a",)
    def __init__(self, a): object.__setattr__(self, "a", a)
    def __setattr__(self, k, v): raise AttributeError(f"{type(self).__name__} is frozen")
f = Frozen(3)
try:
    f.a = 4
except AttributeError as e:
    print(e, f.a)
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return NotImplemented
    def __lt__(self, o): return NotImplemented
print(Cmp(1) == Cmp(1), Cmp(1) != Cmp(1))
try:
    Cmp(1) < Cmp(2)
except TypeError as e:
    print(e)
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o): return self + o
    def __iadd__(self, o): self.v += (o.v if isinstance(o, Num) else o); return self
    def __repr__(self): return f"Num({self.v})"
    def __index__(self): return self.v
    def __int__(self): return self.v
    def __float__(self): return float(self.v)
    def __round__(self, n=None): return Num(round(self.v, n))
    def __pow__(self, o, mod=None): return Num(pow(self.v, o, mod))
    def __divmod__(self, o): return (Num(self.v // o), Num(self.v % o))
n = Num(5); n += 2; print(n, 1 + n, sum([Num(1), Num(2)]), [10, 20, 30][Num(1)], hex(Num(255)), float(Num(2)), round(Num(7)), pow(Num(2), 10, 7), divmod(Num(7), 2), bin(Num(3)), range(Num(3)))
