def f(): pass

def g(a, b=1, *args, c, d=2, **kwargs) -> int:
    return a + b

def h(a, b, /, c, *, d):
    return

def k(a=1, /, b=2, *, c):
    yield a
    yield
    x = yield b
    y = yield from range(3)

def annotated(x: int, *args: str, y: "fwd" = None, **kw: dict) -> None: ...

@decorator
@decorator.with_attr(1, key="v")
@(lambda fn: fn)
@x[0].y
def decorated(): pass

square = lambda x: x * x
anon = lambda: None
many = lambda a, b=2, *c, d, e=5, **f: (a, b, c, d, e, f)
pos = lambda a, /, b: a

def outer():
    def inner(*, only_kw):
        return only_kw
    return inner

f(1, 2, *args, key=3, **kw)
f(*a, *b, **c, **d)
f(x for x in y)
f(a)(b)(c)
obj.method().attr[1:2]
print(*[1, 2], sep="")
