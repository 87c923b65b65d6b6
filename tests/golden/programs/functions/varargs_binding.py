# Calls of functions taking *args / **kwargs: the extra positional arguments
# become a tuple, keywords a fresh dict, captured by closures, forwarded on.
import functools


def collect(a, b=2, *rest, **options):
    return a, b, rest, options


print(collect(1), collect(1, 5), collect(1, 5, 6, 7), collect(1, 5, 6, x=1))


def star(*args):
    return args, type(args).__name__


print(star(), star(1), star(*[1, 2], 3))


def capture(first, *args, **kwargs):
    def inner():
        return first, args, kwargs

    kwargs["seen"] = len(args)
    return inner


print(capture(0)(), capture(0, 1, 2)(), capture(0, k=3)())


def gen(*items, **extra):
    yield from items
    yield extra


print(list(gen(1, 2)), list(gen()), list(gen(a=1)))


def fresh(*args, **kwargs):
    kwargs.setdefault("count", 0)
    kwargs["count"] += 1
    return kwargs


shared = {}
print(fresh(), fresh(), fresh(**shared), shared)


def traced(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)

    return wrapper


@traced
def area(w, h=1, *, scale=1):
    return w * h * scale


print(area(3), area(3, 4), area(3, h=5), area(3, 4, scale=2))
for bad in [lambda: area(), lambda: area(1, 2, 3), lambda: collect(), lambda: area(1, nope=2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


class Point:
    def __init__(self, *coords, **labels):
        self.coords = coords
        self.labels = labels

    def moved(self, *delta):
        return Point(*(c + d for c, d in zip(self.coords, delta)), **self.labels)


p = Point(1, 2, name="p").moved(10, 20)
print(p.coords, p.labels)


def deep(n, *acc):
    return acc if n == 0 else deep(n - 1, *acc, n)


print(deep(5), len(deep(300)))
