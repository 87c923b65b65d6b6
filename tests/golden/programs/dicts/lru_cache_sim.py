def simulate(capacity, requests):
    cache = {}
    hits = misses = 0
    for key in requests:
        if key in cache:
            hits += 1
            cache[key] = cache.pop(key)
        else:
            misses += 1
            if len(cache) >= capacity:
                oldest = next(iter(cache))
                del cache[oldest]
            cache[key] = True
    return hits, misses, list(cache)

reqs = [1, 2, 3, 1, 4, 5, 1, 2, 6, 1, 3, 3]
for cap in (2, 3, 4):
    print(cap, simulate(cap, reqs))
