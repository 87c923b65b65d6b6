def flatten(xs):
    out = []
    for x in xs:
        if isinstance(x, list):
            out.extend(flatten(x))
        else:
            out.append(x)
    return out

def depth(xs):
    return 1 + max((depth(x) for x in xs if isinstance(x, list)), default=0)

data = [1, [2, [3, [4, 5]], 6], [[7]], 8]
print(flatten(data), depth(data), depth([]))

def power_set(xs):
    if not xs:
        return [[]]
    rest = power_set(xs[1:])
    return rest + [[xs[0]] + r for r in rest]
print(sorted(power_set([1, 2, 3]), key=lambda s: (len(s), s)))
