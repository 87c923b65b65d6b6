# Attribute loads and stores of __slots__ members in a loop (served by the
# per-instruction attribute cache) must keep the descriptor's semantics:
# unset slots raise, del empties them, subclasses and replaced class
# attributes are seen. An unset slot or a property raising AttributeError
# falls back to __getattr__.
class P:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


class Q(P):
    __slots__ = ("z",)


class Fallback:
    __slots__ = ("v",)

    def __getattr__(self, name):
        return "fallback " + name


def read_x(objs):
    out = []
    for o in objs:
        try:
            out.append(o.x)
        except AttributeError as e:
            out.append("AttributeError: %s" % e)
    return out


ps = [P(i) for i in range(3)]
q = Q(10)
q.z = 11
print(read_x(ps + [q]))
del ps[1].x
print(read_x(ps))
for p in ps:
    p.y = p.x * 2 if hasattr(p, "x") else -1
print([p.y for p in ps])
try:
    ps[0].w = 1
except AttributeError as e:
    print("AttributeError:", e)
f = Fallback()
print([f.v for _ in range(2)])
f.v = 5
print([f.v for _ in range(2)])
del f.v
print(f.v)
P.x = property(lambda self: "property now")
print(read_x(ps))


class Lazy:
    @property
    def value(self):
        raise AttributeError("not computed")

    def __getattr__(self, name):
        return "__getattr__ for " + name


print(Lazy().value)
