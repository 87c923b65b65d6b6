# yield from, many levels deep: values, return values, exceptions and
# tracebacks pass through every level.
def leaf(n):
    for i in range(n):
        yield i
    return f"leaf({n}) done"


def middle(n):
    result = yield from leaf(n)
    yield result
    return len(result)


def top(n):
    total = yield from middle(n)
    yield ("middle returned", total)


print(list(top(3)))
print(sum(x for x in top(5) if isinstance(x, int)))


def nested(depth):
    if depth == 0:
        yield "bottom"
        return 0
    got = yield from nested(depth - 1)
    yield depth
    return got + depth


print(list(nested(40))[:5], sum(1 for _ in nested(200)))


def failing():
    yield 1
    raise ValueError("from the leaf")


def catcher():
    try:
        yield from failing()
    except ValueError as e:
        yield f"caught: {e}"
    yield "after"


print(list(catcher()))


def stop_inside():
    yield 1
    raise StopIteration("inner stop")


def outer_stop():
    yield from stop_inside()


try:
    print(list(outer_stop()))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


# send() through a chain: values sent reach the innermost generator.
def echo():
    received = []
    while True:
        value = yield len(received)
        if value is None:
            return received
        received.append(value)


def relay():
    got = yield from echo()
    yield ("relay got", got)


r = relay()
print(next(r), r.send("a"), r.send("b"), next(r))

# throw() and close() while suspended inside yield from.
def guarded():
    try:
        yield "working"
        yield "still working"
    except KeyError as e:
        yield f"guarded caught {e!r}"
    finally:
        print("guarded cleanup")


def wrapper():
    yield from guarded()
    yield "wrapper resumed"


w = wrapper()
print(next(w), w.throw(KeyError("k")), next(w))
w2 = wrapper()
print(next(w2))
w2.close()
print("closed")

# A generator that delegates to one that is already running.
def selfish():
    yield from me


me = selfish()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

# Iterators that are not generators, and a traceback through the chain.
def mixed():
    yield from [1, 2]
    yield from "ab"
    yield from range(3, 5)
    yield from iter((9,))


print(list(mixed()))


def deep_fail(n):
    if n == 0:
        yield 0
        {}["missing"]
    yield from deep_fail(n - 1)


for item in deep_fail(3):
    print("item", item)
