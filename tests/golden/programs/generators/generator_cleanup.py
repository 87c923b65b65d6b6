# Generators with try/finally: close(), early break, throw() and return values.
log = []


def resource(name, n):
    log.append(f"open {name}")
    try:
        for i in range(n):
            yield f"{name}{i}"
    finally:
        log.append(f"close {name}")


for item in resource("a", 5):
    if item == "a2":
        break
print(log)

g = resource("b", 3)
print(next(g))
g.close()
print(log[-2:])
g.close()


def resilient():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            log.append(f"recovered from {e}")


r = resilient()
print(next(r), r.throw(ValueError("bad input")), r.throw(ValueError("again")))
print(log[-2:])
try:
    r.throw(KeyError("fatal"))
except KeyError as e:
    print("propagated", repr(e))
print(next(r, "gone"))


def with_return():
    yield 1
    return "result"


gen = with_return()
print(next(gen))
try:
    next(gen)
except StopIteration as e:
    print("return value:", e.value)
print(list(with_return()))
