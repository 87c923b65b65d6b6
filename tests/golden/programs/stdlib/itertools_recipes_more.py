from itertools import (groupby, accumulate, product, permutations, combinations, combinations_with_replacement,
                       chain, islice, tee, pairwise, zip_longest, count, cycle, repeat, starmap, takewhile,
                       dropwhile, filterfalse, compress)
import operator

data = [("fruit", "apple"), ("fruit", "pear"), ("veg", "kale"), ("fruit", "fig"), ("veg", "leek"), ("veg", "okra")]
for key, grp in groupby(data, key=lambda t: t[0]):
    print(key, [v for _, v in grp])
for key, grp in groupby(sorted(data), key=operator.itemgetter(0)):
    print(key, list(grp))
print([(k, len(list(g))) for k, g in groupby("aaabccddddde")])
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([])))
print(list(product("ab", repeat=2)), len(list(product(range(3), range(4), range(2)))))
print(list(permutations([1, 2, 3], 2)), list(combinations("abcd", 3)), list(combinations_with_replacement("ab", 2)))
print(list(chain([1], (2, 3), "45")), list(chain.from_iterable([[1, 2], [3]])))
print(list(islice(count(10, 5), 4)), list(islice("abcdefg", 2, None, 2)), list(islice(cycle("xy"), 5)))
a, b = tee(iter([1, 2, 3]))
print(list(a), list(b), list(pairwise("abcd")), list(pairwise([])))
print(list(zip_longest("ab", [1, 2, 3], fillvalue="-")), list(zip_longest()))
print(list(repeat("z", 3)), list(starmap(pow, [(2, 3), (3, 2)])), list(takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(filterfalse(None, [0, 1, "", "a"])), list(compress("abcdef", [1, 0, 1])))


def batched(iterable, n):
    it = iter(iterable)
    while batch := tuple(islice(it, n)):
        yield batch


def sliding(iterable, n):
    from collections import deque
    it = iter(iterable)
    window = deque(islice(it, n - 1), maxlen=n)
    for x in it:
        window.append(x)
        yield tuple(window)


def roundrobin(*iterables):
    nexts = cycle(iter(it).__next__ for it in iterables)
    pending = len(iterables)
    while pending:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            pending -= 1
            nexts = cycle(islice(nexts, pending))


def powerset(s):
    s = list(s)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))


def unique_everseen(iterable, key=None):
    seen = set()
    for element in iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element


print(list(batched("abcdefg", 3)), list(sliding(range(6), 3)), list(roundrobin("ABC", "D", "EF")))
print(list(powerset([1, 2, 3])), list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
c = count(1)
print(next(c), next(c))
print(sum(1 for _ in product(range(10), repeat=3)), list(map(operator.sub, [5, 6], [1, 2])))
gen = (x * x for x in range(10))
print(list(islice(gen, 3)), next(gen), list(gen))
try:
    list(islice([], -1))
except ValueError as e:
    print("ValueError:", e)
print(list(zip("abc", count())), dict(zip("ab", repeat(0))), list(enumerate("xy", start=5)))
it = iter(range(5))
print(list(zip(it, it)), list(it))
