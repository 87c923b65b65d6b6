"""object.__reduce_ex__, object.__reduce__ and object.__getstate__: C in
CPython (typeobject.c's reduce_newobj, object_getstate), Python here, which
Strata's object methods call. Pickling and copying an instance come here
when its class does not reduce it itself."""

import copyreg


def _object_reduce_ex(obj, proto):
    cls = type(obj)
    if cls.__reduce__ is not object.__reduce__:
        return obj.__reduce__()
    return _common_reduce(obj, proto)


def _builtin_reduce(obj):
    # The __reduce__ methods of builtin types that Strata's types lack.
    cls = type(obj)
    if isinstance(obj, BaseException):
        # The class, the arguments, the dict.
        state = getattr(obj, '__dict__', None)
        return (cls, obj.args, state) if state else (cls, obj.args)
    if cls is range:
        return cls, (obj.start, obj.stop, obj.step)
    if cls is slice:
        return cls, (obj.start, obj.stop, obj.step)
    if cls is _BuiltinFunctionType:
        owner = getattr(obj, '__self__', None)
        if owner is None or type(owner) is _ModuleType:
            return obj.__qualname__
        return getattr, (owner, obj.__name__)
    if cls is _MethodType:
        return getattr, (obj.__self__, obj.__func__.__name__)
    return None


_BuiltinFunctionType = type(len)
_MethodType = type(type("_C", (), {"m": lambda self: 0})().m)
_ModuleType = type(copyreg)


def _common_reduce(obj, proto):
    builtin = _builtin_reduce(obj)
    if builtin is not None:
        return builtin
    if proto >= 2:
        return _reduce_newobj(obj)
    return copyreg._reduce_ex(obj, proto)


def _reduce_newobj(obj):
    cls = type(obj)
    args = kwargs = None
    getnewargs_ex = getattr(obj, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        newargs = getnewargs_ex()
        if not isinstance(newargs, tuple):
            raise TypeError(f"__getnewargs_ex__ should return a tuple, not '{type(newargs).__name__}'")
        if len(newargs) != 2:
            raise ValueError(f"__getnewargs_ex__ should return a tuple of length 2, not {len(newargs)}")
        args, kwargs = newargs
        if not isinstance(args, tuple):
            raise TypeError(f"first item of the tuple returned by __getnewargs_ex__ must be a tuple, "
                            f"not '{type(args).__name__}'")
        if not isinstance(kwargs, dict):
            raise TypeError(f"second item of the tuple returned by __getnewargs_ex__ must be a dict, "
                            f"not '{type(kwargs).__name__}'")
    else:
        getnewargs = getattr(obj, '__getnewargs__', None)
        if getnewargs is not None:
            args = getnewargs()
            if not isinstance(args, tuple):
                raise TypeError(f"__getnewargs__ should return a tuple, not '{type(args).__name__}'")
    hasargs = args is not None
    if not kwargs:
        newobj, newargs = copyreg.__newobj__, (cls,) + (args or ())
    else:
        newobj, newargs = copyreg.__newobj_ex__, (cls, args, kwargs)
    required = not (hasargs or isinstance(obj, (list, dict)))
    getstate = getattr(obj, '__getstate__')
    if getattr(cls, '__getstate__', None) is object.__getstate__:
        state = _object_getstate(obj, required)
    else:
        state = getstate()
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return newobj, newargs, state, listitems, dictitems


def _object_getstate(obj, required=False):
    cls = type(obj)
    if required and cls is not object and cls.__module__ == 'builtins':
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    state = getattr(obj, '__dict__', None)
    state = dict(state) if state else None
    slotnames = copyreg._slotnames(cls)
    if slotnames:
        slots = {}
        for name in slotnames:
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state
