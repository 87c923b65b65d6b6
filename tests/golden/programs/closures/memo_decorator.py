# A memoising decorator with statistics, applied to recursive functions.
def memoize(fn):
    cache = {}
    stats = {"hits": 0, "misses": 0}

    def wrapper(*args):
        if args in cache:
            stats["hits"] += 1
            return cache[args]
        stats["misses"] += 1
        result = fn(*args)
        cache[args] = result
        return result

    wrapper.stats = stats
    wrapper.cache_clear = cache.clear
    return wrapper


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@memoize
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)


@memoize
def partitions(n, largest):
    if n == 0:
        return 1
    if n < 0 or largest == 0:
        return 0
    return partitions(n - largest, largest) + partitions(n, largest - 1)


print(fib(100), fib.stats)
print(fib(50), fib.stats)
fib.cache_clear()
print(fib(10), fib.stats)
print(grid_paths(16, 16), grid_paths.stats)
print([partitions(n, n) for n in range(1, 16)])
print(partitions(100, 100))
