import functools
from functools import partial, reduce, total_ordering, singledispatch, cached_property, wraps
import operator


@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, o):
        return isinstance(o, Money) and self.cents == o.cents

    def __lt__(self, o):
        return self.cents < o.cents

    def __repr__(self):
        return f"Money({self.cents / 100:.2f})"


print(Money(5) <= Money(5), Money(7) > Money(3), Money(1) >= Money(2), sorted([Money(3), Money(1), Money(2)]))


@singledispatch
def describe(x):
    return f"object {x!r}"


@describe.register
def _(x: int):
    return f"int {x}"


@describe.register(list)
def _(x):
    return "list of " + ", ".join(describe(i) for i in x)


@describe.register(float)
@describe.register(complex)
def _(x):
    return f"number {x}"


print(describe(3), describe(2.5), describe([1, "a", 1j]), describe(True), describe(None))
print(describe.registry.keys() >= {int, list}, describe.dispatch(bool).__name__)


class Circle:
    def __init__(self, r):
        self.r = r

    @cached_property
    def area(self):
        print("  computing area")
        return 3.14159 * self.r ** 2


c = Circle(2)
print(c.area, c.area, "area" in c.__dict__)
del c.area
print(c.area)


def log_calls(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print(f"call {func.__name__}{args}{kwargs}")
        return func(*args, **kwargs)
    return wrapper


@log_calls
def power(base, exp=2):
    """Raise base to exp."""
    return base ** exp


print(power(3), power(2, exp=10), power.__name__, power.__doc__, power.__wrapped__.__name__)
square = partial(power, exp=2)
cube = partial(pow, exp=3) if False else partial(power, exp=3)
print(square(5), cube(2), square.func.__name__, square.keywords, partial(operator.mul, 3)(4))
print(repr(partial(int, base=2))[:30], partial(int, base=2)("1011"))
print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [3, 9, 2]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
print(functools.cmp_to_key(lambda a, b: len(a) - len(b))("abc") < functools.cmp_to_key(lambda a, b: len(a) - len(b))("abcd"))
print(sorted(["bb", "a", "ccc", "dd"], key=functools.cmp_to_key(lambda a, b: (len(b) > len(a)) - (len(b) < len(a)) or (a > b) - (a < b))))


class Calc:
    def __init__(self):
        self.add = partial(self.apply, operator.add)

    def apply(self, op, a, b):
        return op(a, b)


print(Calc().add(2, 3))


@functools.lru_cache(maxsize=2, typed=True)
def typed_id(x):
    return type(x).__name__


print(typed_id(1), typed_id(1.0), typed_id(1), typed_id.cache_info())
