# sum, min, max and math.prod take their items one at a time: an error
# stops them where it happens, and a generator runs no further than CPython's.
import math


def noisy(items):
    for x in items:
        print("yield", repr(x))
        yield x
    print("exhausted")


for fold in (sum, min, max, math.prod):
    try:
        print(fold.__name__, fold(noisy([3, 1, "a", 2])))
    except TypeError as e:
        print(fold.__name__, "TypeError:", e)

print(sum(noisy([1, 2.5, 3])), max(noisy([1, 7.5, 3])), min(noisy([4, -1, 2])))


class Loud:
    def __init__(self, n):
        self.n = n

    def __radd__(self, other):
        print("radd", other, self.n)
        return other + self.n

    def __add__(self, other):
        print("add", self.n, other)
        return Loud(self.n + (other.n if isinstance(other, Loud) else other))


def mixed():
    for i in range(5):
        print("mixed", i)
        yield i
    yield Loud(100)
    for i in range(3):
        print("after", i)
        yield i


print(sum(mixed()))


def huge_then_float():
    yield 2**62
    yield 2**62
    print("before float")
    yield 1.0
    yield 10**400
    print("before second float")
    yield 1.0
    print("never")


try:
    print(sum(huge_then_float()))
except OverflowError as e:
    print("OverflowError:", e)

print(sum(range(10**6)), sum(x * 0.5 for x in range(1000)), sum([], 7), sum((), 2.5))
print(max(x % 97 for x in range(10**5)), min(-x for x in range(10**5)))
print(max([3, 1, 2], key=lambda x: -x), min("bca"), max([], default="none"), max(2, 9, 4))
print(sum(i for i in range(2**62, 2**62 + 3000)))
print(math.prod(x + 1 for x in range(30)), math.prod((0.5 for _ in range(10)), start=2))
try:
    max()
except TypeError as e:
    print(e)
try:
    min([])
except ValueError as e:
    print(e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print(e)
try:
    max(3)
except TypeError as e:
    print(e)
try:
    max([1, "a"])
except TypeError as e:
    print(e)
try:
    min(["a", 1])
except TypeError as e:
    print(e)
try:
    print([1, 2] > [1, "a"])
except TypeError as e:
    print(e)
try:
    print((1, 2) >= (1, None))
except TypeError as e:
    print(e)
