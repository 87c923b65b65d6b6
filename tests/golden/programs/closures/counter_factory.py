# Closures holding state: counters, accumulators, and nonlocal rebinding.
def make_counter(start=0, step=1):
    count = start

    def increment():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        count = start

    def peek():
        return count

    return increment, reset, peek


inc, reset, peek = make_counter()
print(inc(), inc(), inc(), peek())
reset()
print(peek(), inc())
by_ten = make_counter(100, 10)
print([by_ten[0]() for _ in range(3)], peek())


def make_averager():
    values = []

    def avg(x):
        values.append(x)
        return sum(values) / len(values)

    return avg


a = make_averager()
print([a(x) for x in (10, 11, 12, 15)])
print(a.__code__.co_freevars, a.__closure__[0].cell_contents)


def adders():
    fns = []
    for i in range(4):
        fns.append(lambda x, i=i: x + i)
    late = [lambda x: x + i for i in range(4)]
    return fns, late


early, late = adders()
print([f(10) for f in early], [f(10) for f in late])


def outer():
    x = "outer"

    def middle():
        def inner():
            return x
        return inner

    x = "rebound"
    return middle()()


print(outer())
