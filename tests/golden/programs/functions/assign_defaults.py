# Assigning __defaults__ and __kwdefaults__ changes what later calls bind
# missing arguments to; only a tuple (or None) and a dict (or None) are taken.
def g(a, b, *, c):
    return (a, b, c)

g.__defaults__ = (2,)
g.__kwdefaults__ = {"c": 3}
print(g(0), g.__defaults__, g.__kwdefaults__)
g.__defaults__ = None
print(g.__defaults__)
try:
    g(1)
except TypeError as e:
    print(e)
for attr, value in (("__defaults__", [1]), ("__kwdefaults__", 1)):
    try:
        setattr(g, attr, value)
    except TypeError as e:
        print(e)
area = lambda w, h: w * h
area.__defaults__ = (10,)
print(area(3))
