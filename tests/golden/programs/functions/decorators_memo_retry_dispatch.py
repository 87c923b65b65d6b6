import functools
import inspect


def count_calls(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


def memoize(func):
    cache = {}

    @functools.wraps(func)
    def wrapper(*args):
        if args not in cache:
            cache[args] = func(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper


class TransientError(Exception):
    pass


def retry(times=3, on=(TransientError,)):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except on as e:
                    last = e
                    print(f"  attempt {attempt} failed: {e!r}")
            raise RuntimeError(f"{func.__name__} failed after {times} attempts") from last
        return wrapper
    return decorate


def validate(**types):
    def decorate(func):
        sig = inspect.signature(func)

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            bound = sig.bind(*args, **kwargs)
            bound.apply_defaults()
            for name, expected in types.items():
                if not isinstance(bound.arguments[name], expected):
                    raise TypeError(f"{name} must be {expected.__name__}, got {type(bound.arguments[name]).__name__}")
            return func(*args, **kwargs)
        return wrapper
    return decorate


@count_calls
@memoize
def fib(n):
    """Fibonacci, slowly but memoized."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(40), fib.calls, len(fib.cache), fib.__name__, fib.__doc__, fib.__wrapped__.__name__)

state = {"n": 0}


@retry(times=4)
def flaky(x):
    state["n"] += 1
    if state["n"] < 3:
        raise TransientError(f"try {state['n']}")
    return x * 2


print(flaky(21))
state["n"] = -10
try:
    flaky(1)
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__))


@validate(name=str, age=int)
def greet(name, age=30, *, loud=False):
    msg = f"{name} is {age}"
    return msg.upper() if loud else msg


print(greet("ann"), greet("bob", 5, loud=True))
for args in [(1,), ("x", "y")]:
    try:
        greet(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    greet()
except TypeError as e:
    print("TypeError:", e)
print(inspect.signature(greet), greet.__wrapped__.__defaults__, greet.__wrapped__.__kwdefaults__)


class cached_property_demo:
    def __init__(self):
        self.computed = 0

    @functools.cached_property
    def value(self):
        self.computed += 1
        return 42

    @property
    def doubled(self):
        return self.value * 2

    @doubled.setter
    def doubled(self, v):
        self.__dict__["value"] = v // 2

    @staticmethod
    def helper(x):
        return -x

    @classmethod
    def make(cls):
        return cls()


d = cached_property_demo.make()
print(d.value, d.value, d.computed, d.doubled)
d.doubled = 10
print(d.value, d.doubled, d.helper(3), cached_property_demo.helper(4))
try:
    del d.doubled
except AttributeError as e:
    print("AttributeError:", e)


def singledispatch_demo():
    @functools.singledispatch
    def describe(x):
        return f"object {x!r}"

    @describe.register
    def _(x: int):
        return f"int {x}"

    @describe.register(list)
    def _(x):
        return f"list of {len(x)}"

    return [describe(v) for v in (1, [1, 2], "s", True, 2.5)]


print(singledispatch_demo())
p = functools.partial(int, base=2)
print(p("1010"), p.func.__name__, p.keywords, repr(functools.partial(max, 1)))


def trace(func):
    depth = 0

    def wrapper(*a):
        nonlocal depth
        print("  " * depth + f"-> {func.__name__}{a}")
        depth += 1
        try:
            return func(*a)
        finally:
            depth -= 1
    return wrapper


@trace
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


print(gcd(48, 18))
print(functools.reduce(lambda f, g: lambda x: g(f(x)), [str.strip, str.lower, str.split])("  Hello World "))
