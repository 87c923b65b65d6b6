# Generators as state machines: send, throw, close with finally, yield from
# return values, StopIteration inside a generator, gi_running and
# gi_suspended through a generator's life.
import itertools
def countdown(n):
    print("start")
    try:
        while n > 0:
            received = yield n
            if received:
                n = received
            else:
                n -= 1
    finally:
        print("cleanup")
    return "done"
g = countdown(3)
print(next(g), g.send(5), next(g))
g.close()
print(list(countdown(2)))
def chain(*its):
    for it in its:
        res = yield from it
        print("sub returned", res)
print(list(chain(countdown(1), iter([7, 8]))))
gen = (x for x in range(3))
print(gen.__name__, type(gen).__name__, next(gen), list(gen), list(gen))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(itertools.islice(fib(), 10)), next(itertools.dropwhile(lambda x: x < 100, fib())))
def raiser():
    yield 1
    raise ValueError("gen error")
try:
    for v in raiser():
        print("got", v)
except ValueError as e:
    print("caught", e)
def stop_in_gen():
    yield 1
    raise StopIteration("bad")
try:
    list(stop_in_gen())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
g2 = countdown(2)
next(g2)
try:
    g2.throw(KeyError("thrown"))
except KeyError as e:
    print("propagated", e)
def gen_with_return():
    yield 1
    return 42
it = gen_with_return()
next(it)
try:
    next(it)
except StopIteration as e:
    print("return value", e.value)
squares = {n: n * n for n in range(5) if n % 2}
nested = [[i * j for j in range(3)] for i in range(3)]
flat = [x for row in nested for x in row if x]
print(squares, nested, flat, sum(x for x in range(10)), max((len(w), w) for w in "a bb ccc".split()))
lazy = map(lambda x: x * 2, filter(None, [0, 1, 2, None, 3]))
print(list(lazy), list(lazy), list(zip(*[(1, "a"), (2, "b")])), list(enumerate("xy", 10)))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        n = self.n
        while n: yield n; n -= 1
    def __reversed__(self): return iter(range(1, self.n + 1))
c = Countdown(3)
print(list(c), list(reversed(c)), 2 in c, sorted(c))
def g():
    print("inside", gen.gi_running, gen.gi_suspended)
    yield 1
    yield 2
gen = g()
print(gen.gi_running, gen.gi_suspended)
next(gen)
print(gen.gi_running, gen.gi_suspended)
list(gen)
print(gen.gi_running, gen.gi_suspended)
async def c():
    pass
co = c()
print(co.cr_running, co.cr_suspended)
co.close()
async def ag():
    yield 1
a = ag()
print(a.ag_running)
