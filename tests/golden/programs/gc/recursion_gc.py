import sys
sys.setrecursionlimit(100000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(50000))
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
import gc
class_free = 0
for i in range(300000):
    a = []; b = [a]; a.append(b)
print(gc.isenabled(), gc.collect() >= 0)
def f():
    try:
        raise KeyError("k")
    except KeyError as e:
        raise ValueError("v") from e
try:
    f()
except ValueError as e:
    print(repr(e.__cause__), e.__context__ is e.__cause__)
