# In-place operators: __iadd__ mutating vs. falling back to __add__.
class Bag:
    def __init__(self, items=()):
        self.items = list(items)

    def __add__(self, other):
        return Bag(self.items + list(other.items))

    def __iadd__(self, other):
        self.items.extend(other.items if isinstance(other, Bag) else other)
        return self

    def __len__(self):
        return len(self.items)

    def __repr__(self):
        return f"Bag({self.items})"


class Frozen:
    def __init__(self, n):
        self.n = n

    def __add__(self, k):
        return Frozen(self.n + k)

    def __repr__(self):
        return f"Frozen({self.n})"


a = Bag([1])
alias = a
a += Bag([2, 3])
a += [4]
print(a, alias, a is alias, len(a))
c = a + Bag([9])
print(c, c is a)
f = Frozen(1)
g = f
f += 5
print(f, g, f is g)
t = (1, [2])
try:
    t[1] += [3]
except TypeError as e:
    print("TypeError:", e)
print(t)
