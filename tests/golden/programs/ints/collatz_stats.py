# Collatz sequences: longest chain below a bound, with a memo dictionary.
cache = {1: 1}


def chain_length(n):
    path = []
    while n not in cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    length = cache[n]
    for m in reversed(path):
        length += 1
        cache[m] = length
    return length


best = max(range(1, 100000), key=chain_length)
print("longest below 100000:", best, chain_length(best))
hist = {}
for n in range(1, 1001):
    bucket = chain_length(n) // 25 * 25
    hist[bucket] = hist.get(bucket, 0) + 1
for bucket in sorted(hist):
    print(f"{bucket:>3}-{bucket + 24:<3} {'*' * (hist[bucket] // 5)} {hist[bucket]}")


def peak(n):
    top = n
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        top = max(top, n)
    return top


print("peak of 27:", peak(27), "| 2**100+1 steps:", chain_length(2**100 + 1))
