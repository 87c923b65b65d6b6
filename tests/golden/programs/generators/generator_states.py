# Observing generator objects: exhaustion, re-entrancy errors, gi_ attributes.
def counter(n):
    for i in range(n):
        yield i


g = counter(2)
print(list(g), list(g))


def reentrant():
    yield next(gen_ref[0])


gen_ref = [None]
gen_ref[0] = reentrant()
try:
    next(gen_ref[0])
except ValueError as e:
    print("ValueError:", e)


def bad():
    yield 1
    raise StopIteration("inside")


try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


def echo():
    received = []
    while True:
        x = yield len(received)
        received.append(x)
        if x == "stop":
            return received


e = echo()
try:
    e.send("too early")
except TypeError as err:
    print("TypeError:", err)
print(next(e), e.send("a"), e.send("b"))
try:
    e.send("stop")
except StopIteration as s:
    print("stopped with", s.value)
gen = (x * 2 for x in range(3))
print(next(gen), list(gen), next(gen, "empty"))
