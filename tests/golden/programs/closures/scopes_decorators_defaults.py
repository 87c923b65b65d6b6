def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc(5)
print(get(), inc.__closure__[0].cell_contents, inc.__code__.co_freevars)

funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])

x = "global"
def outer():
    x = "enclosing"
    def inner():
        global x
        x = "changed global"
    inner()
    return x
print(outer(), x)

def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    y = 1
unbound()

def free_unbound():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 2
free_unbound()

class C:
    a = 1
    b = [a * i for i in range(3)] if False else None
    names = ["x", "y"]
    try:
        lens = [a for _ in names]
    except NameError as e:
        err = str(e)
print(C.err)

print([(i, j) for i in range(3) for j in range(i)], {k: v for k, v in zip("ab", [1, 2])}, {c for c in "aab"} == {"a", "b"})
print([y for x in [[1, 2], [3]] for y in x if y != 2], list(x * 2 for x in range(3)), sum(x for x in range(5)))
i = 10
[i for i in range(3)]
print(i)
print([(lambda: j)() for j in range(2)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)], [[row[i] for row in matrix] for i in range(3)])
print((n := 5) * 2, n, [m := k for k in range(3)], m)
data = [1, 5, 2]
if (big := max(data)) > 3:
    print("big", big)
def gen_scope():
    return [w for w in range(3) if (last := w) > 0], last
print(gen_scope())

def deco(tag):
    def wrap(fn):
        def inner(*args, **kwargs):
            return f"<{tag}>{fn(*args, **kwargs)}</{tag}>"
        inner.__name__ = fn.__name__
        return inner
    return wrap
@deco("b")
@deco("i")
def hello(name, punct="!"):
    return f"hello {name}{punct}"
print(hello("bob"), hello("amy", punct="?"), hello.__name__)

import functools
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().hits > 0)
@functools.wraps(fib)
def w(): pass
print(w.__name__, w.__wrapped__ is fib)
p = functools.partial(int, base=2)
print(p("1010"), functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(lambda a, b: a + b, [], 0))

def kwonly(a, /, b, *, c=3, **rest):
    return a, b, c, rest
print(kwonly(1, 2), kwonly(1, b=2, c=4, d=5))
try:
    kwonly(a=1, b=2)
except TypeError as e:
    print(e)
try:
    kwonly(1, 2, 3)
except TypeError as e:
    print(e)
def defaults(a, lst=[]):
    lst.append(a)
    return lst
print(defaults(1), defaults(2), defaults.__defaults__)
def annotated(a: int, b: "str" = "x") -> list: pass
print(annotated.__annotations__, annotated.__name__, annotated.__code__.co_argcount, annotated.__kwdefaults__)
def varargs(*args, **kwargs): return args, kwargs
print(varargs(*[1, 2], *(3,), **{"a": 1}, b=2))
