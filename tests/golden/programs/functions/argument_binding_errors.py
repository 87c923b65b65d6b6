# Binding arguments to parameters of every kind, and the TypeErrors when they do not bind.
def f(a, b=2, /, c=3, *, d, e=5, **kw): return (a, b, c, d, e, kw)
print(f(1, d=4), f(1, 2, 3, d=4, z=9))
for call in [lambda: f(d=1), lambda: f(1, 2, 3, 4, d=1), lambda: f(1, a=2, d=3), lambda: f(1, c=1, c2=2)]:
    try: print(call())
    except TypeError as e: print(e)
def g(x, y, *, z): pass
for call in [lambda: g(1), lambda: g(1, 2), lambda: g(1, 2, 3), lambda: g(1, y=2, x=3, z=1), lambda: g(1, 2, z=1, w=0)]:
    try: print(call())
    except TypeError as e: print(e)
def h(p, /, q): pass
try: h(p=1, q=2)
except TypeError as e: print(e)
