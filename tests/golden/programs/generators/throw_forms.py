def gen():
    x = yield 1
    print("got", x)
    try:
        yield 2
    except ValueError as e:
        print("caught", e)
        yield 3
    return "done"
g = gen()
print(next(g), g.send("hi"), g.throw(ValueError, "v"), end=" ")
print(g.throw(ValueError("w")) if False else "")
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
try:
    g.throw(TypeError("late"))
except TypeError as e:
    print("late throw propagates:", e)
def g2():
    yield 1
it = g2()
try:
    it.throw(KeyError, ("a", "b"))
except KeyError as e:
    print(e.args)
it = g2()
try:
    it.throw(ValueError("x"), "extra")
except TypeError as e:
    print(e)
try:
    g2().throw(5)
except TypeError as e:
    print(e)
