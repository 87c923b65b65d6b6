import sys
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(900))
print(sys.getrecursionlimit())
def depth_of_error():
    d = 0
    def dive():
        nonlocal d
        d += 1
        dive()
    try:
        dive()
    except RecursionError:
        return d > 900
print(depth_of_error())
