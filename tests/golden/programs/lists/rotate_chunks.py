def rotate(xs, k):
    if not xs:
        return xs
    k %= len(xs)
    return xs[-k:] + xs[:-k]

def chunks(xs, n):
    return [xs[i:i + n] for i in range(0, len(xs), n)]

xs = list(range(10))
print(rotate(xs, 3), rotate(xs, -2), rotate([], 5))
print(chunks(xs, 3), chunks(xs, 5))
print(list(zip(xs[::2], xs[1::2])))
print([a + b for a, b in zip(xs, reversed(xs))])
