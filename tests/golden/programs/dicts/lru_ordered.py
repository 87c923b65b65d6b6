# An LRU cache built on dict insertion order (pop and re-insert to refresh).


def make_lru(capacity):
    store = {}
    stats = {"hits": 0, "misses": 0, "evictions": 0}

    def get(key, compute):
        if key in store:
            stats["hits"] += 1
            store[key] = store.pop(key)
            return store[key]
        stats["misses"] += 1
        value = compute(key)
        store[key] = value
        if len(store) > capacity:
            oldest = next(iter(store))
            del store[oldest]
            stats["evictions"] += 1
        return value

    return get, store, stats


get, store, stats = make_lru(3)
slow_square = lambda k: k * k
for k in [1, 2, 3, 1, 4, 2, 5, 1, 1, 3]:
    get(k, slow_square)
    print(f"get({k}) -> order {list(store)}")
print(stats)
print(dict(store), sum(store.values()))
