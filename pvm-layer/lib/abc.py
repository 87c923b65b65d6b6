"""Strata's abc: abstract base classes (PEP 3119), in Python. A class with
abstract methods cannot be instantiated; `register` adds virtual
subclasses that isinstance() and issubclass() accept."""


def abstractmethod(funcobj):
    """Marks a method abstract: subclasses must override it."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    __isabstractmethod__ = True


def _is_abstract(value):
    if getattr(value, "__isabstractmethod__", False):
        return True
    for attr in ("__func__", "fget"):
        inner = getattr(value, attr, None)
        if inner is not None and getattr(inner, "__isabstractmethod__", False):
            return True
    return False


class ABCMeta(type):
    """Metaclass for abstract base classes. As CPython's, each class caches
    the classes found to be its subclasses and those found not to be; the
    negative caches are dropped whenever a class is registered."""

    # Advances on every register(): negative cache entries older than it
    # may have become wrong.
    _abc_invalidation_counter = 0

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = {name for name, value in namespace.items() if _is_abstract(value)}
        for base in bases:
            for name in getattr(base, "__abstractmethods__", set()):
                value = getattr(cls, name, None)
                if _is_abstract(value):
                    abstracts.add(name)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = []
        cls._abc_cache = set()
        cls._abc_negative_cache = set()
        cls._abc_negative_cache_version = ABCMeta._abc_invalidation_counter
        return cls

    def __call__(cls, *args, **kwargs):
        if cls.__abstractmethods__:
            names = sorted(cls.__abstractmethods__)
            plural = "s" if len(names) > 1 else ""
            raise TypeError(
                f"Can't instantiate abstract class {cls.__name__} with abstract method{plural} {', '.join(names)}"
            )
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        cls._abc_registry.append(subclass)
        ABCMeta._abc_invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = type(instance)
        if subclass in cls._abc_cache:
            return True
        if (cls._abc_negative_cache_version == ABCMeta._abc_invalidation_counter
                and subclass in cls._abc_negative_cache):
            return False
        return cls.__subclasscheck__(subclass)

    def __subclasscheck__(cls, subclass):
        # As CPython's _abc: the caches, the hook, the class itself, then
        # what was registered with it or with its subclasses (list is a
        # Sequence because it is registered as a MutableSequence).
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version < ABCMeta._abc_invalidation_counter:
            cls._abc_negative_cache = set()
            cls._abc_negative_cache_version = ABCMeta._abc_invalidation_counter
        elif subclass in cls._abc_negative_cache:
            return False
        result = _abc_check(cls, subclass)
        (cls._abc_cache if result else cls._abc_negative_cache).add(subclass)
        return result


def _abc_check(cls, subclass):
    # What the caches do not know: the hook, the MRO, the registries.
    hook = getattr(cls, "__subclasshook__", None)
    result = NotImplemented if hook is None else hook(subclass)
    if result is not NotImplemented:
        return bool(result)
    if cls in subclass.__mro__:
        return True
    for registered in cls._abc_registry:
        if issubclass(subclass, registered):
            return True
    for scls in type.__subclasses__(cls):
        if issubclass(subclass, scls):
            return True
    return False


class ABC(metaclass=ABCMeta):
    """Helper class: inherit from it to make an abstract base class."""

    __slots__ = ()


def get_cache_token():
    return ABCMeta._abc_invalidation_counter
