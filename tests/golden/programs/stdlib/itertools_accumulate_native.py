# itertools.accumulate: sums, functions, initial values, laziness, errors
# raised inside, argument errors, type, as CPython's C type.
import operator
from itertools import accumulate, count, islice

print(list(accumulate([1, 2, 3, 4])), list(accumulate([])), list(accumulate([5])))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3], operator.mul)))
print(list(accumulate(["a", "b", "c"])), list(accumulate([[1], [2]])), list(accumulate([1.5, 2])))
print(list(accumulate([1, 2], initial=10)), list(accumulate([], initial=0)), list(accumulate([1, 2], initial=None)))
print(list(accumulate([1, 2, 3], func=operator.sub, initial=100)), list(accumulate(iterable=[1, 2])))
print(list(accumulate([1, 2, 3], None)), list(accumulate(x for x in range(5))))
print(list(islice(accumulate(count()), 5)), list(accumulate([10**20, 10**20])))
a = accumulate([1, 2])
print(next(a), next(a), next(a, "end"), next(a, "end"), iter(a) is a)
print(type(a).__name__, isinstance(a, accumulate), accumulate.__module__)
print(repr(a).startswith("<itertools.accumulate object at "))
for f in (lambda: list(accumulate([1, "a"])), lambda: list(accumulate([1, 2], lambda x, y: x / 0))):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
bad = [
    lambda: accumulate(), lambda: accumulate(1), lambda: accumulate([1], None, 3),
    lambda: accumulate([1], foo=1), lambda: accumulate([1], initial=1, func=None, x=2),
    lambda: accumulate([1], iterable=[1]), lambda: accumulate(initial=1),
]
for f in bad:
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)
