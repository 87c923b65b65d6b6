def count(n):
    i = 0
    while i < n:
        sent = yield i
        if sent:
            i += sent
        i += 1
    return "done"

g = count(10)
print(next(g), g.send(3), next(g))
print(list(count(4)))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], range(3), "ab")))
squares = (x * x for x in range(5))
print(sum(squares), sum(squares))
print(list(zip("abc", map(str.upper, "xyz"), enumerate(filter(None, [0, 1, 2])))))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
it = fib()
print([next(it) for _ in range(15)])
print(max(range(10), key=lambda x: -x), min([3, 1, 2]), sorted("banana"), any([]), all([]))
