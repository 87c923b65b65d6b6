class Meta(type):
    registry = []
    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        mcs.registry.append(name)
        return cls
    def describe(cls):
        return f"class {cls.__name__}"

class Base(metaclass=Meta):
    pass

class Child(Base):
    pass

print(Meta.registry, type(Base).__name__, Child.describe(), isinstance(Child, Meta))

class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]

class Config(metaclass=Singleton):
    def __init__(self, value):
        self.value = value

a = Config(1); b = Config(2)
print(a is b, a.value)

class Slotted:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x; self.y = y
s = Slotted(1, 2)
print(s.x, s.y)
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(s.__dict__)
except AttributeError as e:
    print("AttributeError:", e)

class Dyn:
    def __getattr__(self, name):
        if name.startswith('get_'):
            return lambda: name[4:]
        raise AttributeError(f"no {name}")
d = Dyn()
print(d.get_foo(), hasattr(d, 'bar'), getattr(d, 'baz', 'default'))

class Positive:
    def __set_name__(self, owner, name):
        self.name = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive")
        setattr(obj, self.name, value)

class Order:
    qty = Positive()
    price = Positive()
    def __init__(self, qty, price):
        self.qty = qty
        self.price = price
o = Order(3, 4)
print(o.qty * o.price, type(Order.qty).__name__)
try:
    o.qty = -1
except ValueError as e:
    print("ValueError:", e)

class Plugin:
    plugins = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.plugins.append(cls)
class A(Plugin, name="alpha"): pass
class B(Plugin): pass
print([p.plugin_name for p in Plugin.plugins])

class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__}]"
print(Box[int])

class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), sum(Countdown(4)))

class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq())

class Timer:
    def __enter__(self):
        print("enter"); return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None); return True
with Timer() as t:
    raise KeyError("x")
print("after")

class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x): return x + self.n
add5 = Adder(5)
print(add5(10), callable(add5), list(map(add5, [1, 2])))

class Money:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        if isinstance(o, Money): return Money(self.v + o.v)
        if isinstance(o, int): return Money(self.v + o)
        return NotImplemented
    __radd__ = __add__
    def __lt__(self, o): return self.v < o.v
    def __eq__(self, o): return isinstance(o, Money) and self.v == o.v
    def __repr__(self): return f"Money({self.v})"
print(sum([Money(1), Money(2)]), 1 + Money(3), sorted([Money(3), Money(1), Money(2)]))
print(Money(1) == Money(1), Money(1) != Money(2), max([Money(5), Money(9)]))
try:
    hash(Money(1))
except TypeError as e:
    print("TypeError:", e)
try:
    Money(1) + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    Money(1) > 3
except TypeError as e:
    print("TypeError:", e)

class Shape:
    def area(self):
        raise NotImplementedError("subclasses must implement area")
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
for sh in [Sq(2), Shape()]:
    try:
        print(sh.area())
    except NotImplementedError as e:
        print("NotImplementedError:", e)

class X:
    def __init__(self): self.a = 1
    def __len__(self): return 0
    def __bool__(self): return True
    def __contains__(self, x): return x == 42
x = X()
print(bool(x), len(x), 42 in x, 1 in x, vars(x), x.__dict__, sorted(k for k in dir(x) if not k.startswith('__')))
print(X.__init__.__name__, X.__init__.__qualname__, X().__init__.__func__ is X.__init__)
class P:
    def __init__(self, n): self._n = n
    @property
    def n(self): return self._n
    @n.setter
    def n(self, v): self._n = v * 2
    @n.deleter
    def n(self): print("deleted")
p = P(1); p.n = 5; print(p.n); del p.n
print(type(type), type(object), object.__bases__, P.__bases__, type.__mro__)
