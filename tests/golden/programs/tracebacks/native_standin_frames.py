# Modules CPython writes in C (functools.reduce, heapq, itertools, collections'
# deque, operator) leave no frames in a traceback: only the program's own
# frames and its callbacks show.
import collections
import functools
import heapq
import itertools
import operator
import traceback


def checked_add(total, x):
    if x < 0:
        raise ValueError(f"negative item {x}")
    return total + x


for attempt in (
    lambda: functools.reduce(checked_add, [1, 2, -3]),
    lambda: heapq.heappop([]),
    lambda: collections.deque([1, 2]).index(5),
    lambda: list(itertools.starmap(divmod, [(1, 0)])),
    lambda: sorted([{"a": 1}, {}], key=operator.itemgetter("a")),
):
    try:
        attempt()
    except Exception:
        print(traceback.format_exc())

groups = itertools.groupby([3, 1, -4], key=lambda x: checked_add(0, x))
print([k for k, _ in groups])
