# Comparing lists and tuples item by item: the first pair that differs
# decides, read afresh at each step (an item's __eq__ may change a list);
# and __class__ read through instances, redefined or not.


class Shrinker:
    def __init__(self, victim, value):
        self.victim = victim
        self.value = value

    def __eq__(self, other):
        if self.victim:
            self.victim.pop()
        return isinstance(other, Shrinker) and self.value == other.value

    def __lt__(self, other):
        return self.value < other.value


a = [1, 2, 3]
b = [1, 2, 3, 4]
a[0] = Shrinker(b, 1)
b[0] = Shrinker(None, 1)
print(a < b, a == b, len(b))

x = [Shrinker(None, 1), 5]
y = [Shrinker(None, 1), 6]
print(x < y, x > y, (1, 2) < (1, 2, 0), (1, 2) <= (1, 2), [3] > [2, 9], () < (0,))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]), max([[1, 2], [1, 2, 0], [0, 9]]))
try:
    print((1, "a") < (1, 2))
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([[1, Shrinker(None, 1)], [1, 2]])
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)


class Plain:
    pass


class Masked:
    @property
    def __class__(self):
        return int


class Child(Plain):
    pass


objects = [Plain(), Masked(), Child(), Plain()]
for _ in range(3):
    print([o.__class__.__name__ for o in objects], isinstance(objects[1], int), isinstance(objects[1], (str, int)))
p = Plain()
p.__class__ = Child
print(p.__class__.__name__, type(p).__name__)
