import contextlib
import io
import sys


@contextlib.contextmanager
def tag(name, log):
    log.append(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        log.append(f"caught {e!r} in {name}")
    finally:
        log.append(f"</{name}>")


log = []
with tag("a", log) as t1, tag("b", log) as t2:
    log.append(t1 + t2)
    {}["missing"]
print(log)


class Resource:
    def __init__(self, name, fail=False):
        self.name, self.fail = name, fail

    def __enter__(self):
        print(f"open {self.name}")
        if self.fail:
            raise OSError(f"cannot open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        print(f"close {self.name} ({exc_type.__name__ if exc_type else 'ok'})")
        return False


with contextlib.ExitStack() as stack:
    rs = [stack.enter_context(Resource(n)) for n in "xyz"]
    stack.callback(print, "callback ran")
    print([r.name for r in rs])

try:
    with contextlib.ExitStack() as stack:
        stack.enter_context(Resource("p"))
        stack.enter_context(Resource("q", fail=True))
except OSError as e:
    print("OSError:", e)

with contextlib.suppress(ZeroDivisionError, KeyError):
    print("before")
    1 / 0
    print("not reached")
print("after suppress")

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured!")
    print("twice")
print(repr(buf.getvalue()))
with contextlib.nullcontext(5) as n:
    print("nullcontext", n)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


print(list(Countdown(4)), sum(Countdown(10)))


def averager():
    total, count, avg = 0.0, 0, None
    while True:
        value = yield avg
        if value is None:
            return (count, avg)
        total += value
        count += 1
        avg = total / count


def delegate(results):
    while True:
        results.append((yield from averager()))


results = []
g = delegate(results)
next(g)
for v in (10, 20, 60):
    print(g.send(v))
g.send(None)
for v in (1, 2):
    g.send(v)
g.send(None)
print(results)


def gen_with_cleanup():
    try:
        for i in range(10):
            yield i
    except GeneratorExit:
        print("generator closed at", i)
        raise
    finally:
        print("finally in generator")


g = gen_with_cleanup()
print(next(g), next(g))
g.close()
g = gen_with_cleanup()
next(g)
try:
    g.throw(ValueError("boom"))
except ValueError as e:
    print("thrown back:", e)
print(list(g))


def fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


import itertools
print(list(itertools.takewhile(lambda x: x < 100, fibs())))
evens = (x for x in range(10) if x % 2 == 0)
print(next(evens), list(evens), list(evens))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
gen = (x * x for x in [1, 2, 3])
print(gen.__name__, type(gen).__name__, 4 in gen, list(gen))


@contextlib.contextmanager
def failing():
    yield
    print("after yield")


try:
    with failing():
        raise ValueError("inside")
except ValueError as e:
    print("propagated:", e)


@contextlib.contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
print(sys.getrecursionlimit() > 100)
