"""Strata's dataclasses: @dataclass and field() as CPython 3.11 defines
them. `__init__` is compiled from source text as CPython's is (for its
signature); the other generated methods are closures."""

import sys

__all__ = [
    "dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY", "MISSING",
    "fields", "asdict", "astuple", "make_dataclass", "replace", "is_dataclass",
]


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KwOnlyType:
    pass


KW_ONLY = _KwOnlyType()


class FrozenInstanceError(AttributeError):
    pass


class InitVar:
    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f"dataclasses.InitVar[{type_name}]"

    def __class_getitem__(cls, type):
        return InitVar(type)


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


# What a class annotation declares: a field, a ClassVar (kept in
# __dataclass_fields__, not a field) or an InitVar (an __init__ parameter).
_FIELD = _FIELD_BASE("_FIELD")
_FIELD_CLASSVAR = _FIELD_BASE("_FIELD_CLASSVAR")
_FIELD_INITVAR = _FIELD_BASE("_FIELD_INITVAR")


class Field:
    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash", "init", "compare", "metadata",
                 "kw_only", "_field_type")

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = metadata or {}
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return (
            f"Field(name={self.name!r},type={self.type!r},default={self.default!r},"
            f"default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},"
            f"hash={self.hash!r},compare={self.compare!r},metadata={self.metadata!r},"
            f"kw_only={self.kw_only!r},_field_type={self._field_type})"
        )


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


_FIELDS = "__dataclass_fields__"
_PARAMS = "__dataclass_params__"


class _DataclassParams:
    """What @dataclass was asked for, as CPython keeps it on the class."""

    __slots__ = ("init", "repr", "eq", "order", "unsafe_hash", "frozen")

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init, self.repr, self.eq, self.order = init, repr, eq, order
        self.unsafe_hash, self.frozen = unsafe_hash, frozen

    def __repr__(self):
        return ("_DataclassParams(" + ",".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__) + ")")


def _recursive_repr(user_function):
    """A repr that shows '...' for an object already being shown (CPython's)."""
    repr_running = set()

    def wrapper(self):
        key = id(self)
        if key in repr_running:
            return "..."
        repr_running.add(key)
        try:
            return user_function(self)
        finally:
            repr_running.discard(key)

    wrapper.__wrapped__ = user_function
    wrapper.__name__, wrapper.__qualname__ = user_function.__name__, user_function.__qualname__
    return wrapper


def fields(class_or_instance):
    try:
        found = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in found.values() if f._field_type is _FIELD)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory)) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items())
    return obj


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory)) for k, v in obj.items())
    return obj


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f"field {f.name} is declared with init=False, it cannot be specified with replace()")
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def _module_identifier(annotation):
    # CPython's _MODULE_IDENTIFIER_RE, r'^(?:\s*(\w+)\s*\.)?\s*(\w+)', without
    # loading re: (module or None, name) of a string annotation's start.
    def word(i):
        i = len(text) - len(text[i:].lstrip())
        j = i
        while j < len(text) and (text[j].isalnum() or text[j] == "_"):
            j += 1
        return text[i:j], j

    text = annotation
    first, i = word(0)
    if not first:
        return None
    rest = text[i:].lstrip()
    if rest.startswith("."):
        second, _ = word(len(text) - len(rest) + 1)
        if second:
            return first, second
    return None, first


def _is_type(annotation, cls, a_module, a_type, is_type_predicate):
    # Whether a string annotation names `a_type` ("ClassVar[int]",
    # "typing.ClassVar[int]", "dataclasses.InitVar[str]") as the class's
    # module sees it.
    match = _module_identifier(annotation)
    if match:
        ns = None
        module_name, name = match
        module = sys.modules.get(cls.__module__)
        if not module_name:
            ns = module.__dict__ if module else None
        elif module and module.__dict__.get(module_name) is a_module:
            ns = module.__dict__
        if ns and is_type_predicate(ns.get(name), a_module):
            return True
    return False


def _is_classvar(a_type, typing):
    return a_type is typing.ClassVar or (type(a_type) is typing._GenericAlias and a_type.__origin__ is typing.ClassVar)


def _is_initvar(a_type, dataclasses):
    return a_type is dataclasses.InitVar or type(a_type) is dataclasses.InitVar


def _is_kw_only(a_type, dataclasses):
    return a_type is dataclasses.KW_ONLY


def _get_field(cls, a_name, a_type, default_kw_only):
    # As CPython's: the Field of one annotation, its kind decided.
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    typing = sys.modules.get("typing")
    if typing:
        if _is_classvar(a_type, typing) or (
                isinstance(f.type, str) and _is_type(f.type, cls, typing, typing.ClassVar, _is_classvar)):
            f._field_type = _FIELD_CLASSVAR
    if f._field_type is _FIELD:
        dataclasses = sys.modules[__name__]
        if _is_initvar(a_type, dataclasses) or (
                isinstance(f.type, str) and _is_type(f.type, cls, dataclasses, InitVar, _is_initvar)):
            f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f"field {f.name} cannot have a default factory")
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    elif f.kw_only is not MISSING:
        raise TypeError(f"field {f.name} is a ClassVar but specifies kw_only")
    # Unhashable stands for mutable, as CPython judges a default.
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f"mutable default {type(f.default)} for field {f.name} is not allowed: use default_factory")
    return f


def _collect_fields(cls, kw_only_default):
    found = {}
    for base in cls.__mro__[-1:0:-1]:
        base_fields = base.__dict__.get(_FIELDS)
        if base_fields is not None:
            for f in base_fields.values():
                found[f.name] = f
    annotations = cls.__dict__.get("__annotations__", {})
    dataclasses = sys.modules[__name__]
    own = []
    kw_only = kw_only_default
    kw_only_seen = False
    for name, type_ in annotations.items():
        if _is_kw_only(type_, dataclasses) or (
                isinstance(type_, str) and _is_type(type_, cls, dataclasses, KW_ONLY, _is_kw_only)):
            if kw_only_seen:
                raise TypeError(f"{name!r} is KW_ONLY, but KW_ONLY has already been specified")
            kw_only_seen = kw_only = True
            continue
        own.append(_get_field(cls, name, type_, kw_only))
    for f in own:
        found[f.name] = f
        # The class attribute is the default value, not the Field.
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f"{name!r} is a field but has no type annotation")
    return found


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return "<factory>"


# The default of a parameter whose field has a default_factory.
_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


def _create_fn(name, args, body, *, globals, locals, return_type=MISSING):
    # As CPython: the function is compiled from source text, so that it has
    # a real signature (inspect.signature, argument errors); `locals` become
    # the parameters of an enclosing function, its closure.
    return_annotation = ""
    if return_type is not MISSING:
        locals["_return_type"] = return_type
        return_annotation = "->_return_type"
    body = "\n".join(f"  {b}" for b in body)
    txt = f" def {name}({','.join(args)}){return_annotation}:\n{body}"
    txt = f"def __create_fn__({', '.join(locals.keys())}):\n{txt}\n return {name}"
    ns = {}
    exec(txt, globals, ns)
    return ns["__create_fn__"](**locals)


def _field_init(f, frozen, locals, slots):
    default_name = f"_dflt_{f.name}"
    if f.default_factory is not MISSING:
        locals[default_name] = f.default_factory
        if f.init:
            value = f"{default_name}() if {f.name} is _HAS_DEFAULT_FACTORY else {f.name}"
        else:
            value = f"{default_name}()"
    elif f.init:
        if f.default is not MISSING:
            locals[default_name] = f.default
        value = f.name
    elif slots and f.default is not MISSING:
        locals[default_name] = f.default
        value = default_name
    else:
        # A field with init=False and a plain default keeps it on the class.
        return None
    if f._field_type is _FIELD_INITVAR:
        return None
    if frozen:
        return f"__dataclass_builtins_object__.__setattr__(self,{f.name!r},{value})"
    return f"self.{f.name}={value}"


def _tuple_str(obj_name, flds):
    # The fields as a tuple display, "(self.a,self.b,)": compiled into the
    # comparison and hash methods, as CPython does, so that they read the
    # attributes directly.
    if not flds:
        return "()"
    return f'({",".join(f"{obj_name}.{f.name}" for f in flds)},)'


def _method(cls, name, args, body, globals, locals=None, return_type=MISSING):
    fn = _create_fn(name, args, body, globals=globals, locals=locals or {}, return_type=return_type)
    fn.__qualname__ = f"{cls.__qualname__}.{name}"
    return fn


def _cmp_fn(cls, name, op, flds, globals):
    body = ["if other.__class__ is self.__class__:",
            f" return {_tuple_str('self', flds)}{op}{_tuple_str('other', flds)}",
            "return NotImplemented"]
    return _method(cls, name, ["self", "other"], body, globals)


def _init_param(f):
    if f.default is not MISSING:
        default = f"=_dflt_{f.name}"
    elif f.default_factory is not MISSING:
        default = "=_HAS_DEFAULT_FACTORY"
    else:
        default = ""
    return f"{f.name}:_type_{f.name}{default}"


def _init_fn(cls, flds, frozen, has_post_init, slots, globals):
    init_fields = [f for f in flds if f.init]
    positional = [f for f in init_fields if not f.kw_only]
    keyword = [f for f in init_fields if f.kw_only]
    seen_default = False
    for f in positional:
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError(f"non-default argument {f.name!r} follows default argument")
    locals = {f"_type_{f.name}": f.type for f in flds}
    locals.update({"MISSING": MISSING, "_HAS_DEFAULT_FACTORY": _HAS_DEFAULT_FACTORY,
                   "__dataclass_builtins_object__": object})
    body = [line for f in flds if (line := _field_init(f, frozen, locals, slots))]
    if has_post_init:
        init_vars = ",".join(f.name for f in flds if f._field_type is _FIELD_INITVAR)
        body.append(f"self.__post_init__({init_vars})")
    params = [_init_param(f) for f in positional]
    if keyword:
        params += ["*"] + [_init_param(f) for f in keyword]
    return _method(cls, "__init__", ["self"] + params, body or ["pass"], globals, locals, return_type=None)


def _text_signature(cls, flds, generated_init):
    # What CPython's dataclasses put in a class's missing docstring,
    # `str(inspect.signature(cls))` less ` -> None`; built from the fields
    # when `__init__` is the generated one, so that `inspect` (slow to load)
    # is imported only for a class's own `__init__`.
    if not generated_init:
        import inspect
        try:
            return str(inspect.signature(cls)).replace(" -> None", "")
        except (TypeError, ValueError):
            return ""
    params = []
    star = False
    # Keyword-only fields last, as `__init__` has them.
    for f in sorted((f for f in flds if f.init), key=lambda f: f.kw_only):
        if f.kw_only and not star:
            params.append("*")
            star = True
        text = f"{f.name}: {_format_annotation(f.type)}"
        if f.default is not MISSING:
            text += f" = {f.default!r}"
        elif f.default_factory is not MISSING:
            text += f" = {_HAS_DEFAULT_FACTORY!r}"
        params.append(text)
    return f"({', '.join(params)})"


def _format_annotation(annotation):
    # inspect.formatannotation
    if getattr(annotation, "__module__", None) == "typing":
        words, word = [], ""
        for ch in repr(annotation) + " ":
            if ch.isalnum() or ch in "_.":
                word += ch
                continue
            words.append(word.removeprefix("typing.") + ch)
            word = ""
        return "".join(words)[:-1]
    if isinstance(annotation, type) and type(annotation).__name__ != "GenericAlias":
        if annotation.__module__ == "builtins":
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    return repr(annotation)


def _set_new_attribute(cls, name, value):
    # CPython names a generated method after the class it joins.
    value.__qualname__ = f"{cls.__qualname__}.{value.__name__}"
    setattr(cls, name, value)


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots):
    dataclass_bases = [b for b in cls.__mro__[-1:0:-1] if b.__dict__.get(_FIELDS) is not None]
    if dataclass_bases:
        any_frozen_base = any(b.__dict__[_PARAMS].frozen for b in dataclass_bases if _PARAMS in b.__dict__)
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")
    all_fields = _collect_fields(cls, kw_only)
    # The parameters first, as CPython sets them (the class's __dict__ order shows it).
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))
    setattr(cls, _FIELDS, all_fields)
    # The __init__ parameters, InitVars among them; then the fields proper.
    flds = [f for f in all_fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    data_fields = [f for f in flds if f._field_type is _FIELD]
    # The generated methods' globals, as CPython's: the class's module.
    module = sys.modules.get(cls.__module__)
    globals = module.__dict__ if module is not None else {}
    generated_init = init and "__init__" not in cls.__dict__
    if generated_init:
        cls.__init__ = _init_fn(cls, flds, frozen, hasattr(cls, "__post_init__"), slots, globals)
    if repr and "__repr__" not in cls.__dict__:
        shown = [f for f in data_fields if f.repr]

        def __repr__(self):
            inner = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in shown)
            return f"{type(self).__qualname__}({inner})"

        # CPython's name for it, which pprint looks for on __wrapped__.
        __repr__.__qualname__ = "__create_fn__.<locals>.__repr__"
        _set_new_attribute(cls, "__repr__", _recursive_repr(__repr__))
    compared = [f for f in data_fields if f.compare]
    if eq and "__eq__" not in cls.__dict__:
        cls.__eq__ = _cmp_fn(cls, "__eq__", "==", compared, globals)
    if order:
        for name, op in (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
            if name in cls.__dict__:
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}. Consider using functools.total_ordering")
            setattr(cls, name, _cmp_fn(cls, name, op, compared, globals))
    # Frozen's methods before __hash__, in CPython's order.
    if frozen:
        def __setattr__(self, name, value):
            if type(self) is cls or name in all_fields:
                raise FrozenInstanceError(f"cannot assign to field {name!r}")
            super(cls, self).__setattr__(name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in all_fields:
                raise FrozenInstanceError(f"cannot delete field {name!r}")
            super(cls, self).__delattr__(name)

        _set_new_attribute(cls, "__setattr__", __setattr__)
        _set_new_attribute(cls, "__delattr__", __delattr__)
    hashed = [f for f in data_fields if (f.compare if f.hash is None else f.hash)]
    has_own_hash = "__hash__" in cls.__dict__ and cls.__dict__["__hash__"] is not None
    if unsafe_hash or (eq and frozen):
        if not has_own_hash or unsafe_hash:
            cls.__hash__ = _method(cls, "__hash__", ["self"], [f"return hash({_tuple_str('self', hashed)})"], globals)
    elif eq and not has_own_hash:
        cls.__hash__ = None
    if not getattr(cls, "__doc__"):
        cls.__doc__ = cls.__name__ + _text_signature(cls, flds, generated_init)
    if match_args and "__match_args__" not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in flds if f.init and not f.kw_only)
    if slots:
        # The methods above keep the class they were made for, as CPython
        # 3.11's do (so a frozen slotted instance fails in super()).
        return _add_slots(cls, data_fields)
    return cls


def _add_slots(cls, data_fields):
    # A class's __slots__ are fixed when it is made, so the class is made
    # again with them (the fields' defaults live in __init__, not as class
    # attributes, which would clash with the slots).
    inherited = {name for base in cls.__mro__[1:-1] for name in base.__dict__.get("__slots__", ())}
    names = tuple(f.name for f in data_fields if f.name not in inherited)
    namespace = dict(cls.__dict__)
    for name in names + ("__dict__", "__weakref__"):
        namespace.pop(name, None)
    namespace["__slots__"] = names
    new = type(cls)(cls.__name__, cls.__bases__, namespace)
    new.__qualname__ = cls.__qualname__
    return new


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots)

    if cls is None:
        return wrap
    return wrap(cls)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **kwargs):
    namespace = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            annotations[item] = "typing.Any"
        elif len(item) == 2:
            annotations[item[0]] = item[1]
        else:
            annotations[item[0]] = item[1]
            namespace[item[0]] = item[2]
    namespace["__annotations__"] = annotations
    cls = type(cls_name, bases, namespace)
    return dataclass(cls, **kwargs)
