from dataclasses import dataclass, field
@dataclass(slots=True, frozen=True)
class P:
    x: int
    y: int = 0
p = P(1)
print(p, P.__slots__, hash(p) == hash(P(1)), p == P(1, 0))
try:
    p.x = 3
except Exception as e:
    print(type(e).__name__, e)
try:
    p.z = 3
except Exception as e:
    print(type(e).__name__, e)
@dataclass(slots=True)
class Q:
    a: int
    b: list = field(default_factory=list)
    def total(self):
        return self.a + len(self.b)
q = Q(1)
q.b.append(2)
print(q, q.total(), hasattr(q, "__dict__"))
try:
    q.c = 1
except AttributeError as e:
    print(e)
@dataclass
class R:
    a: int
    b: int = 2
    c: int = 3
for args in [(1, 2, 3, 4), ()]:
    try:
        R(*args)
    except TypeError as e:
        print(e)
