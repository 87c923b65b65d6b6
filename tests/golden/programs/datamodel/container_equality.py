from dataclasses import dataclass
@dataclass(frozen=True)
class P:
    x: int
print({"a": P(1)} == {"a": P(1)}, [P(1)] == [P(1)], (P(1),) == (P(1),), {P(1)} == {P(1)}, {P(1): 1} == {P(1): 1})
print(P(1) in {P(1)}, P(1) in {P(1): 0}, {"k": [P(1)]} == {"k": [P(1)]}, [{"a": P(2)}] == [{"a": P(2)}])
print({1: 1.0} == {1: 1}, {"a": [1, 2]} != {"a": [1, 2]}, frozenset({P(1)}) == {P(1)})
d = {"a": 1, "b": 2}
print(d.keys() == {"a", "b"}, d.items() == {("a", 1), ("b", 2)}, d.values() == d.values(), d.keys() == d.copy().keys(), d.keys() != {"a"})
print(d.keys() | {"c"} == {"a", "b", "c"}, {"a", "b"} == d.keys(), d.keys() < {"a", "b", "c"}, d.items() <= d.items())
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Eq) and self.v == o.v
    __hash__ = None
print([Eq(1)] == [Eq(1)], {"x": Eq(1)} == {"x": Eq(1)}, [[Eq(1)]] == [[Eq(1)]], ((Eq(2),),) == ((Eq(2),),))
print([Eq(1)].index(Eq(1)), [Eq(1), Eq(1)].count(Eq(1)), Eq(1) in [Eq(1)], Eq(1) in (Eq(1),))
