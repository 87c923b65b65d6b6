def accumulate(xs):
    total = 0
    for x in xs:
        total += x
        yield total

def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for cur in it:
        yield prev, cur
        prev = cur

def dedupe(xs):
    seen = set()
    for x in xs:
        if x not in seen:
            seen.add(x)
            yield x

print(list(accumulate([3, 1, 4, 1, 5, 9])))
print(list(pairwise("abcd")), list(pairwise([])))
print(list(dedupe([3, 1, 3, 2, 1, 4])))
print([b - a for a, b in pairwise(accumulate(range(6)))])
