def sub():
    try:
        yield 1
        yield 2
    except ValueError:
        yield "caught in sub"
    finally:
        print("sub finally")
def outer():
    r = yield from sub()
    print("outer got", r)
g = outer(); print(next(g)); print(g.throw(ValueError)); g.close()
def counter():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
def wrapper():
    result = yield from counter()
    yield f"final {result}"
w = wrapper(); next(w); print(w.send(5), w.send(7), w.send(None))
def inner2():
    try:
        yield "a"
    except KeyError as e:
        return f"recovered {e}"
def outer2():
    value = yield from inner2()
    yield value
o = outer2(); next(o); print(o.throw(KeyError("k")))
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("inner closing")
        raise
def deleg():
    try:
        yield from stubborn()
    finally:
        print("outer closing")
d = deleg(); next(d); d.close(); print("closed")
