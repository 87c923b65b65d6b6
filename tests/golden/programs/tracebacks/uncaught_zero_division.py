# Averages of empty groups divide by zero.
groups = {"a": [1, 2, 3], "b": [10], "c": []}


def mean(xs):
    return sum(xs) / len(xs)


for name in groups:
    print(name, mean(groups[name]))
