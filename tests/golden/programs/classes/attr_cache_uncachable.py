# A call site whose attribute the cache cannot hold (a property, a class
# with __getattribute__ or __setattr__) remembers so (attr_cache.rs:
# Place::Uncachable) until the class changes; tuple(t) is t.
class Temp:
    def __init__(self, c):
        self._c = c

    @property
    def f(self):
        return self._c * 9 / 5 + 32


class Plain:
    def __init__(self):
        self.f = "plain"


def read(o):
    return o.f


objs = [Temp(0), Temp(100), Plain(), Temp(37)]
print([read(o) for o in objs * 2])

# The property is replaced by a plain value, then restored.
prop = Temp.f
Temp.f = "class value"
print([read(o) for o in objs])
Temp.f = prop
print([read(o) for o in objs])
t = Temp(5)
t.__dict__["f"] = "ignored"
print(read(t))
del Temp.f
print(read(t))


class Hooked:
    def __init__(self):
        self.a = 1

    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 10)


class Seeing:
    def __init__(self):
        self.a = 1

    def __getattribute__(self, name):
        return "seen " + name


def read_a(o):
    return o.a


for o in [Hooked(), Seeing(), Hooked(), Seeing()]:
    print(read_a(o))
h = Hooked()
for i in range(3):
    h.a = i
    print(read_a(h))

tup = (1, 2)
print(tuple(tup) is tup, tuple([1, 2]), tuple(), tuple(x for x in "ab"))
class T(tuple):
    pass
st = T((1, 2))
print(type(st).__name__, st, tuple(st), type(tuple(st)).__name__, tuple(st) is st)
