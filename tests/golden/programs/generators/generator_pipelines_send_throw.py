import sys


def read_lines(text):
    for line in text.splitlines():
        yield line


def parse(lines):
    for ln in lines:
        ln = ln.strip()
        if not ln or ln.startswith("#"):
            continue
        name, _, val = ln.partition("=")
        yield name.strip(), val.strip()


def convert(pairs):
    for k, v in pairs:
        try:
            yield k, int(v)
        except ValueError:
            yield k, v


CONFIG = """
# comment
width = 80
height=24
title = My App
   
depth = -3
"""
print(dict(convert(parse(read_lines(CONFIG)))))


def countdown(n):
    print("start")
    while n > 0:
        received = yield n
        if received is not None:
            n = received
        else:
            n -= 1
    return "liftoff"


g = countdown(5)
print(next(g), next(g), g.send(10), next(g))
print(list(g)[:3])
g2 = countdown(2)
for x in g2:
    print("got", x)
try:
    next(g2)
except StopIteration as e:
    print("stop", e.value)


def gen_with_return():
    yield 1
    return 99


def delegator():
    result = yield from gen_with_return()
    print("delegate got", result)
    yield result


print(list(delegator()))


def closing_gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")


cg = closing_gen()
print(next(cg))
cg.close()
print("closed")


def thrower():
    while True:
        try:
            yield
        except ValueError as e:
            print("handled", e)


t = thrower()
next(t)
t.throw(ValueError("boom"))
t.throw(ValueError("bang"))
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("escaped", repr(e))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


import itertools
print(list(itertools.islice(fib(), 15)), sum(x for x in itertools.takewhile(lambda v: v < 1000, fib()) if x % 2 == 0))
squares = (i * i for i in range(5))
print(type(squares).__name__, 16 in squares, list(squares))
print(sys.getsizeof is not None, next(iter([]), "default"))
gen = (x for x in [1, 2])
print(gen.__name__, gen.__qualname__)


def inner_raise():
    yield 1
    raise RuntimeError("inside gen")


try:
    for v in inner_raise():
        print("v", v)
except RuntimeError as e:
    print("caught", e)


def stopper():
    yield 1
    raise StopIteration("bad")


try:
    list(stopper())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
