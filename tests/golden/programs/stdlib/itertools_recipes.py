import itertools as it
import operator
from functools import reduce

data = [("fruit", "apple", 3), ("fruit", "banana", 5), ("veg", "carrot", 2),
        ("veg", "daikon", 7), ("fruit", "cherry", 1), ("nut", "almond", 4)]
for key, group in it.groupby(sorted(data), key=operator.itemgetter(0)):
    group = list(group)
    print(key, [g[1] for g in group], sum(g[2] for g in group))
print([(k, len(list(g))) for k, g in it.groupby("aaabccdddd")])
print(list(it.accumulate([1, 2, 3, 4, 5])), list(it.accumulate([1, 2, 3, 4], operator.mul)))
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2, 3], initial=100)))
print(list(it.product("ab", repeat=2)), len(list(it.product(range(3), range(4), range(2)))))
print(list(it.permutations("abc", 2)), list(it.combinations(range(4), 3)))
print(list(it.combinations_with_replacement("xy", 3)))
print(list(it.chain([1, 2], (3,), "ab")), list(it.chain.from_iterable(["xy", [1]])))
print(list(it.islice(it.count(10, 5), 3, 8, 2)), list(it.islice("abcdef", 4)))
print(list(it.zip_longest("abc", [1], fillvalue="-")), list(it.zip_longest()))
print(list(it.takewhile(lambda x: x < 4, [1, 3, 5, 2])), list(it.dropwhile(lambda x: x < 4, [1, 3, 5, 2])))
print(list(it.filterfalse(str.isdigit, "a1b2")), list(it.compress("abcdef", [1, 0, 1, 0, 1])))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.repeat("z", 3)), list(it.pairwise("abcd")))
a, b = it.tee(iter([1, 2, 3]))
print(next(a), list(b), list(a))
cyc = it.cycle("AB")
print([next(cyc) for _ in range(5)])
print(list(zip(it.count(1.5, 0.5), "xyz")))


def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return it.zip_longest(*args, fillvalue=fillvalue)


def roundrobin(*iterables):
    nexts = it.cycle(iter(x).__next__ for x in iterables)
    pending = len(iterables)
    while pending:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            pending -= 1
            nexts = it.cycle(it.islice(nexts, pending))


def powerset(iterable):
    s = list(iterable)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))


def unique_everseen(iterable, key=None):
    seen = set()
    for element in iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element


def sliding_window(iterable, n):
    window = []
    for x in iterable:
        window.append(x)
        if len(window) > n:
            window.pop(0)
        if len(window) == n:
            yield tuple(window)


print(list(grouper("ABCDEFG", 3, "x")))
print(list(roundrobin("ABC", "D", "EF")))
print(list(powerset([1, 2, 3])))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
print(list(sliding_window(range(6), 4)))
print(reduce(operator.add, range(10)), reduce(lambda acc, x: acc * 10 + x, [1, 2, 3], 0))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
try:
    list(it.islice(range(5), -1))
except ValueError as e:
    print("ValueError:", e)
for bad in (lambda: it.permutations([1], -1), lambda: it.combinations("ab", -2), lambda: it.islice([1], 1, -1),
            lambda: it.islice([1], 0, 5, 0), lambda: it.islice(5, 1), lambda: it.zip_longest([1], 2),
            lambda: it.permutations("ab", "2"), lambda: it.product("a", repeat=-1), lambda: it.tee([], -1),
            lambda: it.groupby(None), lambda: it.pairwise(7), lambda: it.repeat("x", "y")):
    try:
        bad()
        print("no error")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(list(it.repeat("r", -2)), list(it.islice("abcdef", 1, None, 2)), list(it.islice("abc", None)))
print(list(it.product()), list(it.permutations([])), list(it.combinations("ab", 5)))
print(sorted(it.chain(*[[3, 1], [2]]), reverse=True), sum(it.repeat(2, 10)))
print(dict(it.zip_longest("ab", range(3))))
for k, g in it.groupby([1, 1, 2]):
    pass
print(k, list(g))
