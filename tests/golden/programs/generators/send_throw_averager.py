def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except ValueError as e:
            print("reset because", e)
            total, count, avg = 0.0, 0, None
            continue
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)

a = averager()
print(next(a))
print(a.send(10), a.send(20), a.send(5))
print(a.throw(ValueError("bad data")))
print(a.send(3))
try:
    a.send(None)
except StopIteration as e:
    print("result", e.value, e.args)

def delegator():
    result = yield from averager()
    print("inner returned", result)
    yield "done"
d = delegator()
next(d)
d.send(1); d.send(2)
print(d.send(None))

def closing():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
g = closing()
print(next(g))
g.close()
try:
    next(g)
except StopIteration:
    print("exhausted")

def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = ignores_exit()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def raising():
    yield 1
    raise StopIteration("x")
try:
    list(raising())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * x for x in range(3)))))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)))
print(list(itertools.takewhile(lambda x: x < 30, fib())))

def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "inc":
            n += 1
        elif cmd == "stop":
            return n
c = counter()
next(c)
for cmd in ["inc", "inc", "noop", "inc"]:
    print(c.send(cmd), end=" ")
print()
try:
    c.send("stop")
except StopIteration as e:
    print("final", e.value)

g = (i for i in range(3))
print(next(g), list(g), list(g))
try:
    c.send(1)
except StopIteration:
    print("dead gen raises StopIteration")

def gen_throw_traceback():
    yield 1
g = gen_throw_traceback()
next(g)
try:
    g.throw(KeyError, KeyError("k"))
except KeyError as e:
    print("KeyError", e)

def not_started():
    yield 1
g = not_started()
try:
    g.send(5)
except TypeError as e:
    print(e)
print(type(g).__name__, g.__name__, g.__qualname__)
def outer():
    def inner_gen():
        yield
    return inner_gen()
print(outer().__qualname__)

def running():
    yield g2.send(None)
g2 = running()
try:
    next(g2)
except ValueError as e:
    print(e)

def yield_expr_values():
    x = yield
    y = yield x * 2
    z = yield x + y
    return [x, y, z]
g = yield_expr_values()
next(g)
print(g.send(3), g.send(4))
try:
    g.send(5)
except StopIteration as e:
    print(e.value)

def subgen():
    try:
        yield 1
        yield 2
    except KeyError:
        print("subgen caught")
        yield "recovered"
    return "sub-ret"
def wrap():
    r = yield from subgen()
    yield r
w = wrap()
print(next(w), w.throw(KeyError), next(w))
