# Median and k-th smallest via quickselect with a deterministic pivot.
def partition(xs, lo, hi):
    mid = (lo + hi) // 2
    a, b, c = xs[lo], xs[mid], xs[hi]
    pivot_index = sorted([(a, lo), (b, mid), (c, hi)])[1][1]
    xs[pivot_index], xs[hi] = xs[hi], xs[pivot_index]
    pivot = xs[hi]
    store = lo
    for i in range(lo, hi):
        if xs[i] < pivot:
            xs[i], xs[store] = xs[store], xs[i]
            store += 1
    xs[store], xs[hi] = xs[hi], xs[store]
    return store


def kth(xs, k):
    xs = list(xs)
    lo, hi = 0, len(xs) - 1
    while True:
        p = partition(xs, lo, hi)
        if p == k:
            return xs[p]
        if p < k:
            lo = p + 1
        else:
            hi = p - 1


def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2**31
        yield seed


gen = lcg(42)
data = [next(gen) % 1000 for _ in range(101)]
s = sorted(data)
print("min", kth(data, 0), s[0])
print("median", kth(data, 50), s[50])
print("max", kth(data, 100), s[100])
print("all match:", all(kth(data, k) == s[k] for k in range(len(data))))
print("first ten sorted:", s[:10])
