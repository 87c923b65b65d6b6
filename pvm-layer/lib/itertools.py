"""Strata's itertools: CPython's iterator building blocks. The combinatoric
ones (permutations, combinations, combinations_with_replacement, product)
are native types from _itertools, as CPython's; the others are generator
functions here (results and errors are CPython's, the objects are
generators). As in C, each function checks its arguments and calls iter()
on its inputs when called, before the first item is asked for."""

from operator import index as _index
from _itertools import combinations, combinations_with_replacement, permutations, product

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


def accumulate(iterable, func=None, *, initial=None):
    return _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for element in it:
        total = total + element if func is None else func(total, element)
        yield total


def _chain(*iterables):
    for it in iterables:
        yield from it


def _from_iterable(iterables):
    for it in iterables:
        yield from it


class _Chain:
    """`chain(*iterables)`, with `chain.from_iterable`."""

    def __call__(self, *iterables):
        return _chain(*iterables)

    @staticmethod
    def from_iterable(iterables):
        return _from_iterable(iterables)


chain = _Chain()


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


_ISLICE_STOP = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
_ISLICE_START = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
_ISLICE_STEP = "Step for islice() must be a positive integer or None."


def _islice_arg(value, default, message):
    if value is None:
        return default
    try:
        value = _index(value)
    except TypeError:
        raise ValueError(message) from None
    if value < 0:
        raise ValueError(message)
    return value


def islice(iterable, *args):
    if not 1 <= len(args) <= 3:
        few = not args
        raise TypeError(
            f"islice expected at {'least' if few else 'most'} {2 if few else 4} arguments, got {len(args) + 1}"
        )
    it = iter(iterable)
    if len(args) == 1:
        start, stop, step = 0, _islice_arg(args[0], None, _ISLICE_STOP), 1
    else:
        stop = _islice_arg(args[1], None, _ISLICE_STOP)
        start = _islice_arg(args[0], 0, _ISLICE_START)
        step = _islice_arg(args[2] if len(args) == 3 else None, 1, _ISLICE_STEP)
        if step == 0:
            raise ValueError(_ISLICE_STEP)
    return _islice(it, start, stop, step)


def _islice(it, start, stop, step):
    index = 0
    next_index = start
    if stop is not None and start >= stop:
        for _ in zip(range(stop), it):
            pass
        return
    for element in it:
        if index == next_index:
            yield element
            next_index += step
            if stop is not None and next_index >= stop:
                return
        index += 1


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
