# Infinite generators: an incremental prime sieve, take/drop helpers.
def primes():
    composites = {}
    n = 2
    while True:
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)
        n += 1


def take(n, it):
    it = iter(it)
    return [next(it) for _ in range(n)]


def drop_while(pred, it):
    it = iter(it)
    for x in it:
        if not pred(x):
            yield x
            break
    yield from it


def pairwise(it):
    it = iter(it)
    prev = next(it)
    for x in it:
        yield prev, x
        prev = x


print(take(15, primes()))
print(take(5, drop_while(lambda p: p < 1000, primes())))
twin = (a for a, b in pairwise(primes()) if b - a == 2)
print(take(8, twin))
gaps = (b - a for a, b in pairwise(primes()))
print(take(20, gaps))
squares = map(lambda x: x * x, range(10**9))
print(take(5, filter(lambda s: s % 3 == 1, squares)))
g = primes()
print(g.__next__(), next(g), type(g).__name__)
