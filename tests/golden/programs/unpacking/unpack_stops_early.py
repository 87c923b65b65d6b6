import itertools
try:
    a, b = itertools.count()
except ValueError as e:
    print(e)
def g():
    yield 1
    yield 2
    print("after two")
    yield 3
try:
    x, y = g()
except ValueError as e:
    print(e)
x, y = (i for i in "ab"); print(x, y)
try:
    p, q = 5
except TypeError as e:
    print(e)
