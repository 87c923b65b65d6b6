# Recursive helpers: flatten, deep copy, power set, permutations, gcd.
def flatten(x):
    if isinstance(x, list):
        return [y for item in x for y in flatten(item)]
    return [x]


def deep_copy(x):
    if isinstance(x, dict):
        return {k: deep_copy(v) for k, v in x.items()}
    if isinstance(x, list):
        return [deep_copy(v) for v in x]
    return x


def power_set(xs):
    if not xs:
        return [[]]
    rest = power_set(xs[1:])
    return rest + [[xs[0]] + r for r in rest]


def perms(xs):
    if len(xs) <= 1:
        return [xs]
    return [[x] + p for i, x in enumerate(xs) for p in perms(xs[:i] + xs[i + 1:])]


def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


def depth(x):
    return 1 + max(map(depth, x), default=0) if isinstance(x, list) else 0


nested = [1, [2, [3, [4, []]], 5], [[6]]]
print(flatten(nested), depth(nested))
orig = {"a": [1, {"b": [2, 3]}], "c": {"d": []}}
copy = deep_copy(orig)
copy["a"][1]["b"].append(99)
print(orig, copy, orig == copy)
print(power_set([1, 2, 3]))
print(["".join(p) for p in perms(list("abc"))], len(perms(list(range(5)))))
print(gcd(1071, 462), gcd(17, 5), gcd(0, 9))
