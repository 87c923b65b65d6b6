# next(g), next(g, default), g.send(v) and g.__next__() on plain generators,
# called from Python code: values, exhaustion, errors raised inside, PEP 479.
import traceback


def counter(n):
    for i in range(n):
        got = yield i
        if got is not None:
            print("got", got)
    return "done"


g = counter(3)
print(next(g), g.send("a"), g.__next__())
try:
    next(g)
except StopIteration as e:
    print("stop", repr(e.value), e.args)
print(next(g, "default"), next(counter(0), "empty"))
try:
    g.send(1)
except StopIteration as e:
    print("stop again", e.args)

fresh = counter(2)
try:
    fresh.send(5)
except TypeError as e:
    print("TypeError:", e)
print(fresh.send(None))


def raiser():
    yield 1
    raise KeyError("inside")


r = raiser()
print(next(r))
try:
    next(r)
except KeyError as e:
    print("KeyError", e)
    print(traceback.format_exc().count("line"))
print(next(r, "after"))


def leaks_stop():
    yield 1
    raise StopIteration("leak")


s = leaks_stop()
next(s)
try:
    next(s)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


def self_next():
    yield next(me)


me = self_next()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)


def total_of(items):
    it = iter(items)
    total = 0
    while True:
        try:
            total += next(it)
        except StopIteration:
            return total


def gen_items(n):
    yield from range(n)


print(total_of(gen_items(10)), total_of([1, 2, 3]))


def echo():
    value = None
    while True:
        value = yield value
        if value == "stop":
            return "stopped"


e = echo()
next(e)
print([e.send(i) for i in range(5)])
try:
    e.send("stop")
except StopIteration as stop:
    print(stop.value)


def nested():
    inner = counter(2)
    yield next(inner)
    yield next(inner)
    yield next(inner, "inner done")


print(list(nested()))


def kw_default():
    return next(iter([]), None)


print(kw_default())
try:
    next(counter(1), "a", "b")
except TypeError as err:
    print("TypeError:", err)
