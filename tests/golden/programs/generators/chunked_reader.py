# Chunking, grouping consecutive runs, and interleaving iterators by hand.
def chunks(xs, n):
    for i in range(0, len(xs), n):
        yield xs[i:i + n]


def runs(it, key=lambda x: x):
    it = iter(it)
    try:
        first = next(it)
    except StopIteration:
        return
    group, k = [first], key(first)
    for x in it:
        kx = key(x)
        if kx == k:
            group.append(x)
        else:
            yield k, group
            group, k = [x], kx
    yield k, group


def interleave(*its):
    its = [iter(i) for i in its]
    while its:
        alive = []
        for it in its:
            try:
                yield next(it)
            except StopIteration:
                continue
            alive.append(it)
        its = alive


print(list(chunks(list(range(11)), 4)))
print(list(chunks("abcdefg", 3)))
print([(k, len(g)) for k, g in runs("aaabccdddda")])
temps = [12, 14, 19, 22, 25, 21, 18, 9, 7, 30]
for hot, group in runs(temps, key=lambda t: t >= 20):
    print("hot " if hot else "cool", group)
print(list(interleave("abc", [1, 2, 3, 4, 5], range(100, 102))))
print(list(runs([])))
