print(dict.fromkeys("ab", 0), {}.fromkeys([1]))
from_ = dict.fromkeys
class D(dict): pass
print(type(D.fromkeys("x")).__name__, D.fromkeys("xy", 1))
def f():
    def g(): return x
    c = g.__closure__[0]
    try: c.cell_contents
    except ValueError as e: print("ValueError:", e)
    x = 1
    print(c.cell_contents)
f()
