"""array: typed arrays of numbers, written for Strata (CPython's is C).
An array keeps its items as a list of Python values, each checked and
converted as CPython stores it (range errors with CPython's messages,
'f' items rounded to single precision); `tobytes`/`frombytes` go through
`struct` in native byte order. Not provided: the buffer protocol (an array
is not accepted where bytes are), `fromfile`/`tofile`, pickling."""

import struct as _struct

__all__ = ["array", "ArrayType", "typecodes"]

typecodes = "bBuhHiIlLqQfd"

# typecode -> struct format of one item (native order, standard size).
_FORMATS = {"b": "b", "B": "B", "u": "I", "h": "h", "H": "H", "i": "i", "I": "I",
            "l": "q", "L": "Q", "q": "q", "Q": "Q", "f": "f", "d": "d"}

_LONG = (-2**63, 2**63 - 1)
_SHORT = (-2**15, 2**15 - 1)
_INT = (-2**31, 2**31 - 1)


def _bounded(v, bounds, what):
    if v < bounds[0]:
        raise OverflowError(f"{what} is less than minimum")
    if v > bounds[1]:
        raise OverflowError(f"{what} is greater than maximum")


def _check_int(typecode, v):
    # The C converters CPython chains for each typecode, each with its message.
    if typecode in "ILQ":
        if v < 0:
            raise OverflowError("can't convert negative int to unsigned" if typecode == "Q"
                                else "can't convert negative value to unsigned int")
        if v > 2**64 - 1:
            raise OverflowError("int too big to convert" if typecode == "Q"
                                else "Python int too large to convert to C unsigned long")
        if typecode == "I" and v > 2**32 - 1:
            raise OverflowError("unsigned int is greater than maximum")
        return
    if typecode == "q":
        if not _LONG[0] <= v <= _LONG[1]:
            raise OverflowError("int too big to convert")
        return
    if not _LONG[0] <= v <= _LONG[1]:
        raise OverflowError("Python int too large to convert to C long")
    if typecode == "b":
        _bounded(v, _SHORT, "signed short integer")
        _bounded(v, (-128, 127), "signed char")
    elif typecode == "B":
        _bounded(v, (0, 255), "unsigned byte integer")
    elif typecode == "h":
        _bounded(v, _SHORT, "signed short integer")
    elif typecode == "H":
        _bounded(v, _INT, "signed integer")
        _bounded(v, (0, 65535), "unsigned short")
    elif typecode == "i":
        _bounded(v, _INT, "signed integer")


def _item(typecode, v):
    """`v` as an item of an array of `typecode`, as CPython would store it."""
    if typecode in "fd":
        if not isinstance(v, (int, float)) and not hasattr(type(v), "__float__") \
                and not hasattr(type(v), "__index__"):
            raise TypeError(f"must be real number, not {type(v).__name__}")
        v = float(v)
        if typecode == "f":
            v = _struct.unpack("f", _struct.pack("f", v))[0]
        return v
    if typecode == "u":
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError(f"array item must be unicode character, not {type(v).__name__}")
        return v
    if not isinstance(v, int):
        if not hasattr(type(v), "__index__"):
            raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
        v = v.__index__()
    _check_int(typecode, v)
    return int(v)


class array:
    """array(typecode[, initializer]) -> array"""

    __slots__ = ("_typecode", "_items")

    def __init__(self, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError(f"array() argument 1 must be a unicode character, not {type(typecode).__name__}")
        if typecode not in _FORMATS:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self._typecode = typecode
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, str):
            if typecode != "u":
                raise TypeError(f"cannot use a str to initialize an array with typecode '{typecode}'")
            self._items = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array) and initializer._typecode == "u" and typecode != "u":
            raise TypeError(f"cannot use a unicode array to initialize an array with typecode '{typecode}'")
        else:
            self._items = [_item(typecode, v) for v in initializer]

    typecode = property(lambda self: self._typecode)
    itemsize = property(lambda self: _struct.calcsize(_FORMATS[self._typecode]))

    def _new(self, items):
        a = array(self._typecode)
        a._items = items
        return a

    # ---- the sequence ---------------------------------------------------------------

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._items[i])
        try:
            return self._items[i]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError(f"can only assign array (not \"{type(v).__name__}\") to array slice")
            if v._typecode != self._typecode:
                raise TypeError("bad argument type for built-in operation")
            self._items[i] = v._items
            return
        v = _item(self._typecode, v)
        try:
            self._items[i] = v
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, i):
        try:
            del self._items[i]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __add__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if other._typecode != self._typecode:
            raise TypeError("bad argument type for built-in operation")
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        self.extend(other)
        return self

    def __mul__(self, n):
        return self._new(self._items * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= n
        return self

    def _compare(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        return op(self._items, other._items)

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    __hash__ = None

    def __repr__(self):
        if not self._items:
            return f"array('{self._typecode}')"
        if self._typecode == "u":
            return f"array('u', {''.join(self._items)!r})"
        return f"array('{self._typecode}', {self._items!r})"

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self.__copy__()

    # ---- the methods ----------------------------------------------------------------

    def append(self, v):
        self._items.append(_item(self._typecode, v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._typecode != self._typecode:
                raise TypeError("can only extend with array of same kind")
            self._items.extend(iterable._items)
        else:
            self._items.extend([_item(self._typecode, v) for v in iterable])

    def insert(self, i, v):
        self._items.insert(i, _item(self._typecode, v))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError("pop from empty array")
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError("pop index out of range") from None

    def remove(self, v):
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None

    def index(self, v, start=0, stop=None):
        try:
            return self._items.index(v, start, len(self._items) if stop is None else stop)
        except ValueError:
            raise ValueError("array.index(x): x not in array") from None

    def count(self, v):
        return self._items.count(v)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError("arg must be list")
        self._items.extend([_item(self._typecode, v) for v in items])

    def tounicode(self):
        if self._typecode != "u":
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return "".join(self._items)

    def fromunicode(self, s):
        if self._typecode != "u":
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._items.extend(s)

    def _format(self, n):
        return "=" + str(n) + _FORMATS[self._typecode]

    def tobytes(self):
        items = [ord(c) for c in self._items] if self._typecode == "u" else self._items
        return _struct.pack(self._format(len(items)), *items)

    def frombytes(self, data):
        data = bytes(data)
        if len(data) % self.itemsize:
            raise ValueError("bytes length not a multiple of item size")
        items = _struct.unpack(self._format(len(data) // self.itemsize), data)
        if self._typecode == "u":
            items = [chr(c) for c in items]
        self._items.extend(items)

    def byteswap(self):
        size = self.itemsize
        data = self.tobytes()
        swapped = b"".join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._items = []
        self.frombytes(swapped)

    def buffer_info(self):
        return (id(self), len(self._items))


ArrayType = array
