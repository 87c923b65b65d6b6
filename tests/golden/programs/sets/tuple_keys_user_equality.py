# Tuples holding instances of a user class, as dict keys and set elements:
# equal tuples are found through the elements' __eq__, not by identity.
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v

d = {(K(1),): "a", (K(2), 3): "b"}
print(d.get((K(1),)), d[(K(2), 3)], (K(1),) in {(K(1),)}, len({(K(1),), (K(1),)}))
print(len({(K(1),)} | {(K(1),)}), len({(K(1), 2)}.union({(K(1), 2)})))
s = {(K(1),)}
s |= {(K(1),), (K(5),)}
print(len(s), ((K(9),),) in {((K(9),),)})
