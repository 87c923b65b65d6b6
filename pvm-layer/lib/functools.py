"""Strata's functools: the tools programs use most, in Python, with CPython
3.11's behaviour (CPython implements partial, reduce and the lru_cache
wrapper in C)."""

__all__ = [
    "WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES", "update_wrapper", "wraps", "total_ordering",
    "cmp_to_key", "lru_cache", "cache", "reduce", "partial", "cached_property", "singledispatch",
]

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__", "__annotations__")
WRAPPER_UPDATES = ("__dict__",)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorator(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorator


_initial_missing = object()


def reduce(function, sequence, initial=_initial_missing):
    """reduce(function, iterable[, initial]) -> value"""
    it = iter(sequence)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


class partial:
    """New function with partial application of the given arguments and keywords."""

    def __new__(cls, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super().__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(x) for x in self.args)
        parts.extend(f"{k}={v!r}" for k, v in self.keywords.items())
        return f"functools.partial({', '.join(parts)})"


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods."""
    roots = {op for op in ("__lt__", "__le__", "__gt__", "__ge__") if getattr(cls, op, None) is not getattr(object, op, None)}
    if not roots:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = max(roots)

    def from_lt():
        return {
            "__gt__": lambda self, other: _not_or_ni(self.__lt__(other), other, self, True),
            "__le__": lambda self, other: _or_eq(self.__lt__(other), self, other),
            "__ge__": lambda self, other: _negate(self.__lt__(other)),
        }

    def from_le():
        return {
            "__ge__": lambda self, other: _not_or_ni(self.__le__(other), other, self, False),
            "__lt__": lambda self, other: _and_ne(self.__le__(other), self, other),
            "__gt__": lambda self, other: _negate(self.__le__(other)),
        }

    def from_gt():
        return {
            "__lt__": lambda self, other: _not_or_ni(self.__gt__(other), other, self, True),
            "__ge__": lambda self, other: _or_eq(self.__gt__(other), self, other),
            "__le__": lambda self, other: _negate(self.__gt__(other)),
        }

    def from_ge():
        return {
            "__le__": lambda self, other: _not_or_ni(self.__ge__(other), other, self, False),
            "__gt__": lambda self, other: _and_ne(self.__ge__(other), self, other),
            "__lt__": lambda self, other: _negate(self.__ge__(other)),
        }

    table = {"__lt__": from_lt, "__le__": from_le, "__gt__": from_gt, "__ge__": from_ge}
    for name, method in table[root]().items():
        if name not in roots:
            method.__name__ = name
            setattr(cls, name, method)
    return cls


def _negate(result):
    return result if result is NotImplemented else not result


def _or_eq(result, self, other):
    return result if result is NotImplemented else (result or self == other)


def _and_ne(result, self, other):
    return result if result is NotImplemented else (result and self != other)


def _not_or_ni(result, other, self, strict):
    if result is NotImplemented:
        return result
    return not result and (other != self if strict else True)


def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function."""

    class K:
        __slots__ = ("obj",)

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None

    return K


class _CacheInfo(tuple):
    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    hits = property(lambda self: self[0])
    misses = property(lambda self: self[1])
    maxsize = property(lambda self: self[2])
    currsize = property(lambda self: self[3])

    def __repr__(self):
        return f"CacheInfo(hits={self[0]}, misses={self[1]}, maxsize={self[2]}, currsize={self[3]})"


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += (_kwd_mark,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in _fast_key_types:
        return key[0]
    return key


_fast_key_types = (int, str)


_kwd_mark = (object(),)


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _lru_cache_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        return _lru_cache_wrapper(user_function, maxsize, typed)

    return decorating_function


def _lru_cache_wrapper(user_function, maxsize, typed):
    cache = {}
    cache_get = cache.get
    sentinel = object()
    hits = misses = 0

    def wrapper(*args, **kwds):
        nonlocal hits, misses
        # `_make_key`'s common cases inline: a call costs one dict lookup.
        if kwds or typed:
            key = _make_key(args, kwds, typed)
        elif len(args) == 1 and type(args[0]) in _fast_key_types:
            key = args[0]
        else:
            key = args
        result = cache_get(key, sentinel)
        if result is not sentinel:
            hits += 1
            if maxsize is not None:
                del cache[key]
                cache[key] = result
            return result
        misses += 1
        result = user_function(*args, **kwds)
        if maxsize != 0:
            cache[key] = result
            if maxsize is not None and len(cache) > maxsize:
                del cache[next(iter(cache))]
        return result

    def cache_info():
        return _CacheInfo(hits, misses, maxsize, len(cache))

    def cache_clear():
        nonlocal hits, misses
        cache.clear()
        hits = misses = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = lambda: {"maxsize": maxsize, "typed": typed}
    return update_wrapper(wrapper, user_function)


def cache(user_function, /):
    """Simple lightweight unbounded cache."""
    return lru_cache(maxsize=None)(user_function)


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError("Cannot use cached_property instance without calling __set_name__ on it.")
        cache = instance.__dict__
        if self.attrname in cache:
            return cache[self.attrname]
        value = self.func(instance)
        cache[self.attrname] = value
        return value


def singledispatch(func):
    """Single-dispatch generic function decorator."""
    registry = {object: func}

    def dispatch(cls):
        for klass in cls.__mro__:
            if klass in registry:
                return registry[klass]
        return func

    def register(cls, method=None):
        if method is None:
            if isinstance(cls, type):
                return lambda f: register(cls, f)
            annotations = getattr(cls, "__annotations__", {})
            if not annotations:
                raise TypeError(f"Invalid first argument to `register()`: {cls!r}.")
            method = cls
            cls = next(iter(annotations.values()))
        registry[cls] = method
        return method

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f"{funcname} requires at least 1 positional argument")
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, "__name__", "singledispatch function")
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    update_wrapper(wrapper, func)
    return wrapper
