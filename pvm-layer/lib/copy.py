"""Strata's copy: shallow and deep copies, as CPython's copy.py makes them
for builtin containers and for instances (`__copy__`/`__deepcopy__`
honoured, then a reducer from copyreg.dispatch_table or the class's own
__reduce_ex__/__reduce__, otherwise the class's __new__ makes one, with
the arguments __getnewargs__ gives, and the instance dict and slots are
copied)."""

from copyreg import dispatch_table

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_ATOMIC = (type(None), int, float, bool, complex, str, bytes, range, type, type(len), type(lambda: 0),
           type(Ellipsis), type(NotImplemented), frozenset, property)


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        names.extend(s for s in slots if s not in ("__dict__", "__weakref__"))
    return names


def _new_like(x, transform=lambda v: v):
    # As object.__reduce_ex__ has copyreg.__newobj__ make it: the class's
    # __new__ with the (transformed) arguments __getnewargs__ gives (a
    # named tuple's fields).
    cls = type(x)
    getnewargs = getattr(cls, "__getnewargs__", None)
    args = transform(getnewargs(x)) if getnewargs is not None else ()
    return cls.__new__(cls, *args)


def _copy_state(x, y, transform):
    if hasattr(x, "__dict__"):
        for key, value in x.__dict__.items():
            object.__setattr__(y, key, transform(value))
    for name in _slot_names(type(x)):
        if hasattr(x, name):
            object.__setattr__(y, name, transform(getattr(x, name)))


def _reductor(cls):
    """The function that reduces instances of cls, if there is one: the
    class's own __reduce_ex__/__reduce__, or object's when the class shapes
    its state (__getstate__, __setstate__, __getnewargs_ex__); otherwise
    _new_like and the dict-and-slots copy here do what object.__reduce_ex__
    would (__getnewargs__ included)."""
    reductor = dispatch_table.get(cls)
    if reductor is not None:
        return reductor
    for name in ("__reduce_ex__", "__reduce__"):
        method = getattr(cls, name, None)
        if method is not None and (method is not getattr(object, name) or _shapes_state(cls)):
            return (lambda x: method(x, 4)) if name == "__reduce_ex__" else method
    return None


def _shapes_state(cls):
    return (getattr(cls, "__getstate__", None) is not object.__getstate__
            or any(hasattr(cls, name) for name in ("__setstate__", "__getnewargs_ex__")))


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *, deepcopy=None):
    """An object from a reduction, as CPython's copy._reconstruct builds it."""
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _ATOMIC or cls is tuple:
        return x
    if cls in (list, dict, set, bytearray):
        return x.copy()
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    reductor = _reductor(cls)
    if reductor is not None:
        rv = reductor(x)
        return x if isinstance(rv, str) else _reconstruct(x, None, *rv)
    if isinstance(x, BaseException):
        y = cls(*x.args)
        _copy_state(x, y, lambda v: v)
        return y
    y = _new_like(x)
    if isinstance(x, list):
        y.extend(x)
    elif isinstance(x, dict):
        y.update(x)
    elif isinstance(x, set):
        y.update(x)
    _copy_state(x, y, lambda v: v)
    return y


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    key = id(x)
    found = memo.get(key, _nil)
    if found is not _nil:
        return found
    cls = type(x)
    if cls in _ATOMIC:
        return x
    copier = getattr(cls, "__deepcopy__", None)
    reductor = None if copier is not None or cls in (list, tuple, dict, set, bytearray) else _reductor(cls)
    if copier is not None:
        y = copier(x, memo)
    elif reductor is not None:
        rv = reductor(x)
        y = x if isinstance(rv, str) else _reconstruct(x, memo, *rv, deepcopy=deepcopy)
    elif cls is list:
        y = []
        memo[key] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        found = memo.get(key, _nil)
        if found is not _nil:
            return found
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls is dict:
        y = {}
        memo[key] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is set:
        y = set()
        memo[key] = y
        for item in x:
            y.add(deepcopy(item, memo))
    elif cls is bytearray:
        y = bytearray(x)
    else:
        y = _new_like(x, lambda v: deepcopy(v, memo))
        memo[key] = y
        if isinstance(x, list):
            y.extend(deepcopy(item, memo) for item in x)
        elif isinstance(x, dict):
            for k, v in x.items():
                y[deepcopy(k, memo)] = deepcopy(v, memo)
        _copy_state(x, y, lambda v: deepcopy(v, memo))
    if y is not x:
        memo[key] = y
    return y
