def permutations(xs):
    if len(xs) <= 1:
        return [xs]
    out = []
    for i, x in enumerate(xs):
        for rest in permutations(xs[:i] + xs[i + 1:]):
            out.append([x] + rest)
    return out

def combinations(xs, k):
    if k == 0:
        return [[]]
    if not xs:
        return []
    return [[xs[0]] + c for c in combinations(xs[1:], k - 1)] + combinations(xs[1:], k)

print(permutations([1, 2, 3]))
print(len(permutations(list(range(6)))))
print(combinations("abcd", 2))
print(["".join(p) for p in permutations(list("abc"))])
