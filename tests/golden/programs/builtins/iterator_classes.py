# zip, map, filter, enumerate and reversed are classes: called to make an
# iterator, tested with isinstance, derived from.
for cls in (zip, map, filter, enumerate, reversed):
    print(cls, type(cls).__name__, cls.__name__, isinstance(cls, type))

print(isinstance(zip(), zip), type(map(abs, [1])) is map, isinstance(filter(None, []), filter))
print(isinstance(enumerate([]), enumerate), type(reversed((1,))) is reversed)
print(isinstance(zip(), map), isinstance(iter([]), zip), isinstance(reversed([]), reversed))

# enumerate: start by position or keyword, any integer (via __index__).
print(list(enumerate("ab", start=5)), list(enumerate("ab", -2)), list(enumerate("ab", True)))
print(list(enumerate(iterable="xy", start=2**64)))


class Two:
    def __index__(self):
        return 2


print(list(enumerate("ab", Two())))

# zip(strict=True): CPython's messages when lengths differ.
for args in [([1, 2], [3]), ([1], [2, 3]), ([1], [2], [3, 4]), ([1, 2], [3, 4], [5]), ([1, 2], [3, 4], [5], [6, 7])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
print(list(zip([1, 2], [3, 4], strict=True)), list(zip(strict=True)), list(zip([1], strict=False)))

# Errors in constructing them.
for make in [
    lambda: reversed(),
    lambda: reversed([], [1]),
    lambda: reversed(5),
    lambda: reversed([], x=1),
    lambda: enumerate(),
    lambda: enumerate([], 1, 2),
    lambda: enumerate([], start="a"),
    lambda: enumerate([], foo=1),
    lambda: zip([], foo=1),
    lambda: zip([], strict=True, foo=1),
    lambda: zip([], 5),
    lambda: map(abs),
    lambda: map(abs, [], x=1),
    lambda: map(abs, 1),
    lambda: filter(None),
    lambda: filter(None, [], x=1),
]:
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)


# Subclasses: instances are their own iterators; __next__ may be overridden
# and reach the builtin one through super().
class Pairs(zip):
    def __next__(self):
        a, b = super().__next__()
        return a + b


p = Pairs([1, 2, 3], [10, 20, 30])
print(type(p).__name__, isinstance(p, zip), iter(p) is p, list(p))


class Counted(enumerate):
    def __init__(self, iterable, start=0):
        self.seen = 0

    def __next__(self):
        self.seen += 1
        return super().__next__()


c = Counted("abc", start=1)
print(list(c), c.seen)


class Squares(map):
    pass


s = Squares(lambda x: x * x, range(4))
print(next(s), list(s), type(s).__mro__[1:])


class Evens(filter):
    label = "evens"


e = Evens(lambda x: x % 2 == 0, range(7))
print(e.label, [x for x in e])


class Backwards(reversed):
    pass


print(list(Backwards([1, 2, 3])), list(Backwards("abc")))
