def make_sorter(key=None, reverse=False):
    def sorter(xs):
        return sorted(xs, key=key, reverse=reverse)
    return sorter

by_len = make_sorter(key=len)
desc = make_sorter(reverse=True)
print(by_len(["ccc", "a", "bb"]), desc([1, 3, 2]))
def counter_fn():
    def f():
        f.calls += 1
        return f.calls
    f.calls = 0
    return f
c = counter_fn()
c(); c()
print(c.calls)
