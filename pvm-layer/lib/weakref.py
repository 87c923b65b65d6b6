"""weakref for a PVM whose objects are traced, not reference-counted.

Known gap: Strata has no weak references yet. This stand-in keeps *strong*
references, so a referent stays alive as long as the weak object that names
it: ref() always dereferences to its object, callbacks never run,
WeakValueDictionary, WeakKeyDictionary and WeakSet never lose entries, and
finalize() runs only when called or at exit. Programs that use weak
references as caches or registries work; ones that wait for an object to
disappear do not.
"""

from _collections_abc import MutableMapping, MutableSet
import atexit

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]


class ReferenceType:
    __slots__ = ('_obj', '__callback__')

    def __init__(self, obj, callback=None):
        self._obj = obj
        self.__callback__ = callback

    def __call__(self):
        return self._obj

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        return self._obj == other._obj

    def __hash__(self):
        return hash(self._obj)

    def __repr__(self):
        obj = self._obj
        return f"<weakref at {id(self):#x}; to '{type(obj).__name__}' at {id(obj):#x}>"

    __class_getitem__ = classmethod(lambda cls, item: cls)


ref = ReferenceType


class WeakMethod(ReferenceType):
    __slots__ = ()

    def __init__(self, meth, callback=None):
        try:
            meth.__self__, meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None
        super().__init__(meth, callback)


def proxy(obj, callback=None):
    """Known gap: the object itself stands in for its proxy."""
    return obj


ProxyType = CallableProxyType = type(None)
ProxyTypes = (ProxyType,)


def getweakrefcount(obj):
    return 0


def getweakrefs(obj):
    return []


class WeakValueDictionary(dict):
    """A dict (whose values would be weak references in CPython)."""

    def itervaluerefs(self):
        return (ref(v) for v in self.values())

    def valuerefs(self):
        return list(self.itervaluerefs())

    def copy(self):
        return WeakValueDictionary(self)

    __copy__ = copy

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))


class WeakKeyDictionary(dict):
    """A dict (whose keys would be weak references in CPython)."""

    def keyrefs(self):
        return [ref(k) for k in self]

    def copy(self):
        return WeakKeyDictionary(self)

    __copy__ = copy

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))


class WeakSet(MutableSet):
    """A set (whose members would be weak references in CPython)."""

    def __init__(self, data=None):
        self.data = set()
        if data is not None:
            self.update(data)

    def __iter__(self):
        return iter(self.data)

    def __len__(self):
        return len(self.data)

    def __contains__(self, item):
        try:
            return item in self.data
        except TypeError:
            return False

    def add(self, item):
        self.data.add(item)

    def discard(self, item):
        self.data.discard(item)

    def remove(self, item):
        self.data.remove(item)

    def update(self, other):
        for element in other:
            self.add(element)

    def copy(self):
        return self.__class__(self.data)

    def __repr__(self):
        return repr(self.data)


class finalize:
    """Calls func(*args, **kwargs) when called, or at exit if still alive."""

    _registry = []

    def __init__(self, obj, func, /, *args, **kwargs):
        self._info = (func, args, kwargs)
        self.atexit = True
        if not finalize._registry:
            atexit.register(finalize._exitfunc)
        finalize._registry.append(self)

    def __call__(self, _=None):
        info, self._info = self._info, None
        if info is not None:
            func, args, kwargs = info
            return func(*args, **(kwargs or {}))

    def detach(self):
        info, self._info = self._info, None
        return info

    def peek(self):
        return self._info

    @property
    def alive(self):
        return self._info is not None

    @classmethod
    def _exitfunc(cls):
        for f in reversed(cls._registry):
            if f.alive and f.atexit:
                f()
        cls._registry.clear()
