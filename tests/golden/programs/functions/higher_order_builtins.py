# map/filter/reduce-style processing with builtins and lambdas.
students = [
    ("ada", [92, 88, 95]), ("bob", [70, 65, 80]), ("cid", [55, 40, 62]),
    ("dee", [88, 91, 79]), ("eve", [100, 97, 99]),
]
averages = dict(map(lambda s: (s[0], sum(s[1]) / len(s[1])), students))
print({k: round(v, 1) for k, v in averages.items()})
passed = list(filter(lambda kv: kv[1] >= 60, averages.items()))
print([name for name, _ in passed])
print(max(averages, key=averages.get), min(averages.items(), key=lambda kv: kv[1]))
print(sorted(averages, key=lambda n: -averages[n])[:3])
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])))
print(any(score == 100 for _, scores in students for score in scores))
print(all(len(scores) == 3 for _, scores in students))


def reduce(fn, xs, init):
    acc = init
    for x in xs:
        acc = fn(acc, x)
    return acc


print(reduce(lambda a, b: a * b, range(1, 11), 1))
print(reduce(lambda acc, s: acc + [s[0].upper()], students, []))
print(list(enumerate(map(str.title, ["ada", "bob"]), start=1)))
print(list(zip(*[(n, sum(s)) for n, s in students])))
print(sum(map(len, ["ab", "cde", ""])), list(filter(None, [0, "", "x", None, 3, []])))
