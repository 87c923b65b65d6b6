def g():
    yield 1
    raise StopIteration
try:
    for x in g(): print(x)
except RuntimeError as e:
    print("RT", e, type(e.__cause__).__name__)
def h():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
def k():
    yield 1
    1/0
try:
    for x in k(): pass
except ZeroDivisionError as e:
    print("zde")
print("ok")
gen = (i*i for i in range(3))
for v in gen: print(v)
print(list(gen))
def rec(n):
    if n:
        yield n
        yield from rec(n-1)
print(list(rec(5)), [a for a in rec(3)])
def fails():
    yield 1
    raise ValueError("bad")
for v in fails():
    print(v)
