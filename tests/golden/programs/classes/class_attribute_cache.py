# `self.K` for a plain class attribute is cached per call site (attr_cache.rs):
# every way the answer can change must be seen.


class C:
    K = 3
    T = (1, 2)
    NAME = "c"

    def k(self):
        return self.K

    def t(self):
        return self.T, self.NAME


c = C()
print([c.k() for _ in range(3)], c.t())

# The instance dict shadows the class attribute, then stops shadowing it.
c.K = 10
print(c.k(), C().k())
del c.K
print(c.k())

# The class attribute is reassigned, deleted, restored.
C.K = 4
print(c.k())
del C.K
try:
    c.k()
except AttributeError as e:
    print("AttributeError:", e)
C.K = 5
print(c.k())


# One call site sees instances of several classes: plain values, a method,
# a property, a staticmethod, a classmethod, a data descriptor, a descriptor
# without __set__, an inherited and an overridden attribute.
class Getter:
    def __get__(self, obj, cls):
        return ("got", type(obj).__name__)


class DataDescr:
    def __get__(self, obj, cls):
        return "data"

    def __set__(self, obj, value):
        print("set", value)


class Base:
    K = "base"


class Sub(Base):
    pass


class Over(Base):
    K = "over"


class Meth:
    def K(self):
        return "method"


class Prop:
    @property
    def K(self):
        return "property"


class Static:
    K = staticmethod(lambda: "static")


class ClassM:
    K = classmethod(lambda cls: cls.__name__)


class NonData:
    K = Getter()


class Data:
    K = DataDescr()


def read(o):
    return o.K


for o in [Base(), Sub(), Over(), Meth(), Prop(), Static(), ClassM(), NonData(), Data(), Base()]:
    v = read(o)
    print(type(o).__name__, v() if callable(v) else v)

# A data descriptor wins over the instance dict; a plain value does not.
d = Data()
d.__dict__["K"] = "shadow"
print(read(d))
n = NonData()
n.__dict__["K"] = "shadow"
print(read(n))
b = Base()
print(read(b))
b.__dict__["K"] = "instance"
print(read(b))

# Changing the base class's attribute reaches the subclass through the cache.
s = Sub()
print(read(s))
Base.K = "base2"
print(read(s))
Sub.K = "sub"
print(read(s))
del Sub.K
print(read(s))

# __class__ assignment changes what the call site sees.
class Other:
    K = "other"


s.__class__ = Other
print(read(s))


# __getattr__ is not asked for a name the class has; __getattribute__ always is.
class WithGetattr:
    K = 1

    def __getattr__(self, name):
        return "getattr " + name


class WithGetattribute:
    K = 2

    def __getattribute__(self, name):
        return "getattribute " + name


for o in [WithGetattr(), WithGetattribute(), WithGetattr()]:
    print(read(o))
print(WithGetattr().missing)


# A class with __slots__ has no instance dict.
class Slotted:
    __slots__ = ("x",)
    K = "slotted"

    def __init__(self):
        self.x = 1


sl = Slotted()
print(read(sl), sl.x)


# Storing to the name in the same code object as the read.
class Counter:
    count = 0

    def bump(self):
        self.count = self.count + 1
        return self.count


ct = Counter()
print([ct.bump() for _ in range(3)], Counter.count, Counter().bump())

# A metaclass attribute is not an instance attribute.
class Meta(type):
    M = "meta"


class WithMeta(metaclass=Meta):
    pass


def read_m(o):
    return o.M


print(read_m(WithMeta))
try:
    read_m(WithMeta())
except AttributeError as e:
    print("AttributeError:", e)
