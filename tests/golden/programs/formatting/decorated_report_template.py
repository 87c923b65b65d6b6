from string import Template
import functools

def log_calls(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        arg_text = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()])
        result = func(*args, **kwargs)
        print(f"  {func.__name__}({arg_text}) -> {result!r}")
        return result
    return wrapper

def retry(times):
    def deco(func):
        @functools.wraps(func)
        def wrapper(*a, **k):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return func(*a, **k)
                except ValueError as e:
                    last = e
                    print(f"  attempt {attempt} failed: {e}")
            raise RuntimeError(f"gave up after {times}") from last
        return wrapper
    return deco

@log_calls
def area(w, h=1):
    return w * h

calls = iter([1, 2, 3])
@retry(3)
def flaky():
    n = next(calls)
    if n < 3:
        raise ValueError(f"n={n}")
    return n

print(area(3, h=4), area.__name__, area.__doc__, area.__wrapped__(2))
print(flaky())
t = Template("Dear $name, your balance is ${amount} as of $date. $$5 fee.")
print(t.substitute(name="Ann", amount="12.50", date="today"))
print(t.safe_substitute(name="Bob"))
try:
    t.substitute(name="x")
except KeyError as e:
    print("KeyError", e)
rows = [("Widget", 4, 3.5), ("Gadget", 10, 12.25), ("Thingamajig", 1, 999.999)]
w = max(len(r[0]) for r in rows)
print(f"{'Item':<{w}} | {'Qty':>5} | {'Price':>10} | {'Total':>12}")
print(f"{'-' * w}-+-{'-' * 5}-+-{'-' * 10}-+-{'-' * 12}")
for name, q, p in rows:
    print(f"{name:<{w}} | {q:>5d} | {p:>10.2f} | {q * p:>12,.3f}")
print(f"{sum(q * p for _, q, p in rows):=^30,.2f}")
print(format(1234567.891, ",.2f"), format(0.000123, ".2e"), format(42, "x"), format(42, "#o"), format(-42, "+08d"), format(3.0, "g"), format(1e16, "g"), format(255, "08b"))
print(f"{12345.6789:_.1f} {0.5:%} {-0.0:.1f} {1/7:.15f} {2/3!s:.4} {'abc'!r:>8} {None!s:>6} {True:>5}")
print("%-10s|%10.3f|%+d|%05d|%c|%r|%%|%.3s" % ("name", 3.14159, 5, 42, 65, "q", "abcdef"))
print("{:,}".format(10**12), "{:>{w}.{p}f}".format(3.14159, w=10, p=2), "{0[1]} {1[k]}".format([1, 2], {"k": "v"}), "{.real}".format(3 + 4j))
class Temp:
    def __init__(self, c): self.c = c
    def __format__(self, spec):
        if spec.endswith("F"):
            return f"{self.c * 9 / 5 + 32:{spec[:-1]}f}°F"
        return f"{self.c:{spec}}°C"
    def __repr__(self): return f"Temp({self.c})"
print(f"{Temp(21.5):.1F} {Temp(21.5):.2f} {Temp(0)!r}")
print(str(3.0), str(1e-5), str(123456789012345678.0), repr(0.1 + 0.2), 1e300 * 1e10, -1e300 * 1e10, 2 ** 100, 10 / 4, 10 // 4, 7.5 // 2)
print(round(3.14159, 3), round(1234.5, -2), round(-2.675, 2), int("  42 "), int("ff", 16), int("0b101", 0), float("1e3"), float("-inf"))
