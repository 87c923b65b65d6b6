"""Strata's enum: Enum, IntEnum, StrEnum, Flag basics and auto(), with
CPython 3.11's reprs and lookups, in a compact form of `enum.py`."""

__all__ = ["EnumMeta", "EnumType", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "auto", "unique"]

import sys as _sys


class auto:
    """Instances are replaced with an appropriate value."""

    _counter = 0

    def __init__(self):
        auto._counter += 1
        self._order = auto._counter
        self.value = None


def _is_descriptor(obj):
    return hasattr(obj, "__get__") or hasattr(obj, "__set__") or hasattr(obj, "__delete__")


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_flag(cls):
    # Flag is defined after the classes this metaclass builds first.
    flag = globals().get("Flag")
    return flag is not None and issubclass(cls, flag)


class _EnumDict(dict):
    """An enum's class body namespace: an auto() gets its value when it is
    assigned, so that later lines of the body can use it (WHITE = RED | BLUE),
    as in CPython."""

    def __init__(self, generate):
        super().__init__()
        self._generate = generate
        self._member_values = []
        self._ignore = []

    def __setitem__(self, key, value):
        if key == "_ignore_":
            # Names the body uses that are not members, dropped with the body.
            self._ignore = value.replace(",", " ").split() if isinstance(value, str) else list(value)
        elif key in self._ignore:
            return
        elif key == "_generate_next_value_":
            self._generate = value.__func__ if isinstance(value, staticmethod) else value
        elif not (key.startswith("_") or _is_descriptor(value) or isinstance(value, type)):
            if isinstance(value, auto):
                if value.value is None:
                    values = self._member_values
                    value.value = self._generate(key, 1, len(values), values[:])
                value = value.value
            self._member_values.append(value)
        super().__setitem__(key, value)


class EnumType(type):
    """Metaclass for Enum: the class body's plain values become members."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError(f"<enum {cls!r}> cannot extend {base!r}")
        generate = next((b._generate_next_value_ for b in bases if hasattr(b, "_generate_next_value_")), None)
        return _EnumDict(generate)

    def __new__(metacls, cls, bases, classdict, **kwds):
        members = {}
        for key in getattr(classdict, "_ignore", ()):
            classdict.pop(key, None)
        classdict.pop("_ignore_", None)
        for key, value in list(classdict.items()):
            if _is_dunder(key) or _is_sunder(key) or _is_descriptor(value) or isinstance(value, type):
                continue
            if key.startswith("_"):
                continue
            members[key] = value
            del classdict[key]
        enum_class = super().__new__(metacls, cls, bases, dict(classdict), **kwds)
        member_type = object
        for base in enum_class.__mro__[1:]:
            if base is not object and not isinstance(base, EnumType) and base is not Enum:
                member_type = base
                break
        enum_class._member_type_ = member_type
        # A `__new__` in the body makes the members (its own `_value_`, if
        # it sets one, is the member's value); subclasses inherit it.
        new_member = classdict.get("__new__", getattr(enum_class, "__new_member__", None))
        if isinstance(new_member, staticmethod):
            new_member = new_member.__func__
        enum_class.__new_member__ = new_member
        # The enum's own repr, str and format win over the mixed-in data
        # type's (`int.__repr__`), as CPython's EnumType arranges.
        for name in ("__repr__", "__str__", "__format__"):
            if name not in classdict:
                for base in enum_class.__mro__[1:]:
                    if isinstance(base, EnumType) and name in base.__dict__:
                        setattr(enum_class, name, base.__dict__[name])
                        break
        enum_class._member_map_ = {}
        enum_class._member_names_ = []
        enum_class._value2member_map_ = {}
        last_values = []
        for name, value in members.items():
            if isinstance(value, auto):
                value = enum_class._generate_next_value_(name, 1, len(last_values), last_values[:])
            if value in enum_class._value2member_map_:
                member = enum_class._value2member_map_[value]
                enum_class._member_map_[name] = member
                type.__setattr__(enum_class, name, member)
                continue
            args = value if isinstance(value, tuple) and (member_type is not object or new_member) else (value,)
            if new_member is not None:
                member = new_member(enum_class, *args)
            elif member_type is object:
                member = object.__new__(enum_class)
            else:
                member = member_type.__new__(enum_class, *args)
            member._name_ = name
            if new_member is None or not hasattr(member, "_value_"):
                member._value_ = value
            member.__objclass__ = enum_class
            if "__init__" in classdict and member_type is object:
                init_args = value if isinstance(value, tuple) else (value,)
                member.__init__(*init_args)
            enum_class._member_map_[name] = member
            if not (_is_flag(enum_class) and isinstance(member._value_, int) and member._value_.bit_count() != 1):
                # A flag lists only its single bits: 0 and combinations are aliases.
                enum_class._member_names_.append(name)
            enum_class._value2member_map_[member._value_] = member
            type.__setattr__(enum_class, name, member)
            last_values.append(value)
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is not None:
            return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        missing = cls._missing_(value)
        if missing is not None:
            return missing
        raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        # The functional API: names as a string, a list of names (their
        # values generated), of (name, value) pairs, or a mapping.
        bases = (cls,) if type is None else (type, cls)
        body = cls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            body[member_name] = member_value
        if module is None:
            try:
                module = _sys._getframe(2).f_globals["__name__"]
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            body["__module__"] = module
        if qualname is not None:
            body["__qualname__"] = qualname
        return EnumType(class_name, bases, body)

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, member):
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    @property
    def __members__(cls):
        from types import MappingProxyType
        return MappingProxyType(cls._member_map_)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError(f"cannot reassign member {name!r}")
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls._member_map_:
            raise AttributeError(f"{cls.__name__!r} cannot delete member {name!r}.")
        super().__delattr__(name)

    def __repr__(cls):
        kind = "flag" if _is_flag(cls) else "enum"
        return f"<{kind} {cls.__name__!r}>"

    def __bool__(cls):
        return True

    def __dir__(cls):
        interesting = {"__class__", "__contains__", "__doc__", "__getitem__", "__init_subclass__", "__iter__",
                       "__len__", "__members__", "__module__", "__name__", "__qualname__", *cls._member_names_}
        if cls._member_type_ is object:
            return sorted(interesting)
        return sorted(set(dir(cls._member_type_)) | interesting | {"__new__"})


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """Generic enumeration: members have a name and a value."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for value in reversed(last_values):
            if isinstance(value, int):
                return value + 1
        return start + count

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        value = self._member_type_.__repr__(self._value_) if self._member_type_ is not object else repr(self._value_)
        if self._name_ is None:
            # A flag of no members (`Perm(0)`).
            return f"<{type(self).__name__}: {value}>"
        return f"<{type(self).__name__}.{self._name_}: {value}>"

    def __str__(self):
        if self._name_ is None:
            return f"{type(self).__name__}({self._value_!r})"
        return f"{type(self).__name__}.{self._name_}"

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __dir__(self):
        if self._member_type_ is object:
            interesting = {"__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"}
        else:
            interesting = set(object.__dir__(self))
        for name in getattr(self, "__dict__", []):
            if name[0] != "_":
                interesting.add(name)
        for cls in type(self).__mro__:
            for name in cls.__dict__:
                if name[0] != "_" and name not in self._member_map_:
                    interesting.add(name)
        return sorted(interesting)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


class IntEnum(int, Enum):
    """Enum whose members are also ints."""

    def __str__(self):
        return int.__repr__(self._value_)

    def __format__(self, format_spec):
        return int.__format__(self._value_, format_spec)


class StrEnum(str, Enum):
    """Enum whose members are also strs."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __str__(self):
        return str.__str__(self._value_)

    def __format__(self, format_spec):
        return str.__format__(self._value_, format_spec)


class Flag(Enum):
    """Members combine with | & ^ ~ into other members."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return 1
        high = max(last_values)
        return 1 << high.bit_length()

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            return None
        flag_mask = 0
        for m in cls:
            flag_mask |= m._value_
        if cls._member_type_ is object and value & ~flag_mask:
            # A plain Flag is STRICT: bits no member has are refused.
            max_bits = max(value.bit_length(), flag_mask.bit_length())
            raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                             % (cls, value, _bin(value, max_bits), _bin(flag_mask, max_bits)))
        member = object.__new__(cls) if cls._member_type_ is object else cls._member_type_.__new__(cls, value)
        names = [m._name_ for m in cls if m._value_ and m._value_ & value == m._value_]
        unnamed = value
        for m in cls:
            if m._value_ & value == m._value_:
                unnamed &= ~m._value_
        if unnamed:
            names.append(cls._numeric_repr_(unnamed))
        member._name_ = "|".join(names) if names else None
        member._value_ = value
        # Kept, as CPython keeps its pseudo-members: the same combination is
        # the same object (`RED | GREEN is Color(3)`).
        return cls._value2member_map_.setdefault(value, member)

    # How bits no member names show in a combination's name.
    _numeric_repr_ = repr

    def __or__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return type(self)(self._value_ | other._value_)

    def __and__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return type(self)(self._value_ & other._value_)

    def __xor__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return type(self)(self._value_ ^ other._value_)

    def __invert__(self):
        everything = 0
        for m in type(self):
            everything |= m._value_
        return type(self)(everything & ~self._value_)

    def __contains__(self, other):
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def __iter__(self):
        return (m for m in type(self) if m._value_ and m._value_ & self._value_ == m._value_)

    def __len__(self):
        return len(list(iter(self)))


class IntFlag(int, Flag):
    """Flag whose members are ints: | & ^ with members or ints give members
    (int's own operators come first in the MRO, so these are spelled out)."""

    def __str__(self):
        return int.__repr__(self._value_)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return type(self)(self._value_ | int(other))

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return type(self)(self._value_ & int(other))

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return type(self)(self._value_ ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        highest = max((m._value_ for m in type(self)), default=0)
        return type(self)(((1 << highest.bit_length()) - 1) & ~self._value_)


def _bin(num, max_bits=None):
    # CPython's enum.bin: the sign bit apart ('0b0 1001').
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace("1", "0", 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign, digits = s[:3], s[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return f"{sign} {digits}"


def unique(enumeration):
    duplicates = [(name, member.name) for name, member in enumeration.__members__.items() if name != member.name]
    if duplicates:
        alias_details = ", ".join(f"{alias} -> {name}" for alias, name in duplicates)
        raise ValueError(f"duplicate values found in {enumeration!r}: {alias_details}")
    return enumeration
