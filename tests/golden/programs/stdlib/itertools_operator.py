from itertools import (accumulate, chain, combinations, combinations_with_replacement, compress, count, cycle,
    dropwhile, filterfalse, groupby, islice, pairwise, permutations, product, repeat, starmap, takewhile, tee, zip_longest)
from operator import itemgetter, attrgetter, add, mul, methodcaller
import operator
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], mul, initial=10)))
print(list(chain([1, 2], "ab")), list(chain.from_iterable([[1], [2, 3]])))
print(list(combinations("abcd", 2)), len(list(permutations(range(4)))), list(permutations("abc", 2))[:4])
print(list(combinations_with_replacement("ab", 2)), list(compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(islice(count(10, 5), 4)), list(islice(cycle("ab"), 5)), list(repeat(7, 3)), list(islice("abcdefg", 1, 6, 2)))
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(filterfalse(None, [0, 1, 2])))
print([(k, list(g)) for k, g in groupby("aaabbcaa")], [(k, len(list(g))) for k, g in groupby(sorted([3, 1, 3, 2, 1]))])
print(list(pairwise("abcd")), list(product("ab", repeat=2)), list(product([1, 2], "xy")), list(starmap(pow, [(2, 3), (3, 2)])))
a, b = tee([1, 2, 3]); print(list(a), list(b))
print(list(zip_longest("ab", "xyz", fillvalue="-")))
rows = [{"n": "b", "v": 2}, {"n": "a", "v": 1}]
print(sorted(rows, key=itemgetter("n")), itemgetter(1, 0)("xyz"), add(2, 3), operator.neg(4), methodcaller("upper")("hi"))
class P:
    def __init__(self, x): self.x = x
print([p.x for p in sorted([P(3), P(1)], key=attrgetter("x"))], operator.abs(-3))
