"""Strata's itertools: CPython's iterator building blocks. The combinatoric
ones (permutations, combinations, combinations_with_replacement, product),
islice, chain and accumulate are native types from _itertools, as CPython's; the others
are generator functions here (results and errors are CPython's, the objects are
generators). As in C, each function checks its arguments and calls iter()
on its inputs when called, before the first item is asked for."""

from operator import index as _index
from _itertools import accumulate, chain, combinations, combinations_with_replacement, islice, permutations, product

__all__ = [
    "accumulate", "chain", "combinations", "combinations_with_replacement", "compress", "count", "cycle",
    "dropwhile", "filterfalse", "groupby", "islice", "pairwise", "permutations", "product", "repeat",
    "starmap", "takewhile", "tee", "zip_longest",
]


def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step


def cycle(iterable):
    return _cycle(iter(iterable))


def _cycle(iterable):
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element


def repeat(object, times=None):
    if times is not None:
        times = max(_index(times), 0)
    return _repeat(object, times)


def _repeat(object, times):
    if times is None:
        while True:
            yield object
    else:
        for _ in range(times):
            yield object


def compress(data, selectors):
    return (d for d, s in zip(data, selectors) if s)


def dropwhile(predicate, iterable):
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def takewhile(predicate, iterable):
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break


def filterfalse(predicate, iterable):
    return _filterfalse(bool if predicate is None else predicate, iter(iterable))


def _filterfalse(predicate, iterable):
    for x in iterable:
        if not predicate(x):
            yield x


def starmap(function, iterable):
    return _starmap(function, iter(iterable))


def _starmap(function, iterable):
    for args in iterable:
        yield function(*args)


def pairwise(iterable):
    return _pairwise(iter(iterable))


def _pairwise(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


def zip_longest(*iterables, fillvalue=None):
    return _zip_longest([iter(it) for it in iterables], fillvalue)


def _zip_longest(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = _repeat(fillvalue, None)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def groupby(iterable, key=None):
    return _groupby(iter(iterable), (lambda x: x) if key is None else key)


def _groupby(it, keyfunc):
    exhausted = False
    sentinel = object()
    current_value = sentinel
    current_key = sentinel

    def advance():
        nonlocal current_value, current_key, exhausted
        try:
            current_value = next(it)
        except StopIteration:
            exhausted = True
            return
        current_key = keyfunc(current_value)

    def group(target):
        while not exhausted and current_key == target:
            yield current_value
            advance()

    advance()
    while not exhausted:
        target = current_key
        yield target, group(target)
        while not exhausted and current_key == target:
            advance()


def tee(iterable, n=2):
    if _index(n) < 0:
        raise ValueError("n must be >= 0")
    it = iter(iterable)
    buffers = [[] for _ in range(n)]

    def gen(buffer):
        while True:
            if not buffer:
                try:
                    value = next(it)
                except StopIteration:
                    return
                for b in buffers:
                    b.append(value)
            yield buffer.pop(0)

    return tuple(gen(b) for b in buffers)
