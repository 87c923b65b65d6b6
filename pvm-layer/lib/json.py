"""Strata's json: dumps/dump and loads/load with CPython 3.11's output
(separators, indent, sort_keys, ensure_ascii, float and special-value
text) and its JSONDecodeError messages, in a compact Python form."""

__all__ = ["dump", "dumps", "load", "loads", "JSONDecodeError", "JSONEncoder", "JSONDecoder"]

# The native encoder and scanner (as CPython's C accelerator) take the plain
# cases whole; the Python code below does the rest, and reports errors.
import _json


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the position of the error."""

    # CPython's module, which tracebacks and reprs name.
    __module__ = "json.decoder"

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        super().__init__(f"{msg}: line {lineno} column {colno} (char {pos})")
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def _encode_str(s, ensure_ascii):
    out = ['"']
    for ch in s:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ch < " " or (ensure_ascii and ch > "~"):
            n = ord(ch)
            if n > 0xFFFF:
                n -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 | (n >> 10), 0xDC00 | (n & 0x3FF)))
            else:
                out.append("\\u%04x" % n)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _float_text(f, allow_nan):
    if f != f:
        text = "NaN"
    elif f == float("inf"):
        text = "Infinity"
    elif f == -float("inf"):
        text = "-Infinity"
    else:
        return float.__repr__(f)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant")
    return text


class JSONEncoder:
    __module__ = "json.encoder"
    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = " " * indent if isinstance(indent, int) else indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")

    def encode(self, o):
        text = _json.encode(o, self.ensure_ascii, self.allow_nan, self.sort_keys, self.skipkeys, self.indent,
                            self.item_separator, self.key_separator)
        if text is not None:
            return text
        return "".join(self._encode(o, 0, set()))

    def _key(self, key):
        if isinstance(key, str):
            return key
        if key is True:
            return "true"
        if key is False:
            return "false"
        if key is None:
            return "null"
        if isinstance(key, float):
            return _float_text(key, self.allow_nan)
        if isinstance(key, int):
            return int.__repr__(key)
        if self.skipkeys:
            return None
        raise TypeError(f"keys must be str, int, float, bool or None, not {key.__class__.__name__}")

    def _encode(self, o, level, markers):
        if isinstance(o, str):
            yield _encode_str(o, self.ensure_ascii)
        elif o is None:
            yield "null"
        elif o is True:
            yield "true"
        elif o is False:
            yield "false"
        elif isinstance(o, int):
            yield int.__repr__(o)
        elif isinstance(o, float):
            yield _float_text(o, self.allow_nan)
        elif isinstance(o, (list, tuple, dict)):
            if self.check_circular:
                if id(o) in markers:
                    raise ValueError("Circular reference detected")
                markers.add(id(o))
            if isinstance(o, dict):
                yield from self._encode_dict(o, level, markers)
            else:
                yield from self._encode_list(o, level, markers)
            if self.check_circular:
                markers.discard(id(o))
        else:
            yield from self._encode(self.default(o), level, markers)

    def _newline(self, level):
        return "\n" + self.indent * level

    def _encode_list(self, items, level, markers):
        if not items:
            yield "[]"
            return
        yield "["
        separator = self.item_separator
        if self.indent is not None:
            level += 1
            yield self._newline(level)
            separator = self.item_separator + self._newline(level)
        for i, item in enumerate(items):
            if i:
                yield separator
            yield from self._encode(item, level, markers)
        if self.indent is not None:
            yield self._newline(level - 1)
        yield "]"

    def _encode_dict(self, d, level, markers):
        if not d:
            yield "{}"
            return
        yield "{"
        separator = self.item_separator
        if self.indent is not None:
            level += 1
            yield self._newline(level)
            separator = self.item_separator + self._newline(level)
        items = sorted(d.items()) if self.sort_keys else d.items()
        first = True
        for key, value in items:
            key = self._key(key)
            if key is None:
                continue
            if not first:
                yield separator
            first = False
            yield _encode_str(key, self.ensure_ascii)
            yield self.key_separator
            yield from self._encode(value, level, markers)
        if self.indent is not None:
            yield self._newline(level - 1)
        yield "}"


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    encoder = (cls or JSONEncoder)(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                                   allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                                   sort_keys=sort_keys, **kw)
    return encoder.encode(obj)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


_WHITESPACE = " \t\n\r"
_CONSTANTS = {"NaN": float("nan"), "Infinity": float("inf"), "-Infinity": float("-inf")}


class JSONDecoder:
    __module__ = "json.decoder"

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.object_pairs_hook = object_pairs_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        # Without hooks, the native scanner builds the values itself.
        self._plain = (object_hook is None and object_pairs_hook is None and parse_float is None
                       and parse_int is None and parse_constant is None)

    def decode(self, s):
        value, end = self.raw_decode(s, self._skip(s, 0))
        end = self._skip(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return value

    def raw_decode(self, s, idx=0):
        if self._plain:
            found = _json.scan(s, idx, self.strict)
            if found is not None:
                return found
        try:
            return self._value(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None

    @staticmethod
    def _skip(s, i):
        while i < len(s) and s[i] in _WHITESPACE:
            i += 1
        return i

    def _value(self, s, i):
        if i >= len(s):
            raise StopIteration(i)
        ch = s[i]
        if ch == '"':
            return self._string(s, i + 1)
        if ch == "{":
            return self._object(s, i + 1)
        if ch == "[":
            return self._array(s, i + 1)
        if s.startswith("null", i):
            return None, i + 4
        if s.startswith("true", i):
            return True, i + 4
        if s.startswith("false", i):
            return False, i + 5
        for name in ("NaN", "Infinity", "-Infinity"):
            if s.startswith(name, i):
                return self.parse_constant(name), i + len(name)
        j = i
        if j < len(s) and s[j] == "-":
            j += 1
        if j < len(s) and s[j] == "0":
            j += 1
        elif j < len(s) and s[j] in "123456789":
            while j < len(s) and s[j].isdigit():
                j += 1
        else:
            raise StopIteration(i)
        is_float = False
        if j + 1 < len(s) and s[j] == "." and s[j + 1].isdigit():
            is_float = True
            j += 2
            while j < len(s) and s[j].isdigit():
                j += 1
        if j < len(s) and s[j] in "eE":
            k = j + 1
            if k < len(s) and s[k] in "+-":
                k += 1
            if k < len(s) and s[k].isdigit():
                is_float = True
                j = k
                while j < len(s) and s[j].isdigit():
                    j += 1
        text = s[i:j]
        return (self.parse_float(text) if is_float else self.parse_int(text)), j

    def _string(self, s, i):
        chunks = []
        start = i
        while True:
            if i >= len(s):
                raise JSONDecodeError("Unterminated string starting at", s, start - 1)
            ch = s[i]
            if ch == '"':
                return "".join(chunks), i + 1
            if ch == "\\":
                i += 1
                if i >= len(s):
                    raise JSONDecodeError("Unterminated string starting at", s, start - 1)
                esc = s[i]
                if esc == "u":
                    code = s[i + 1:i + 5]
                    if len(code) != 4 or any(c not in "0123456789abcdefABCDEF" for c in code):
                        raise JSONDecodeError("Invalid \\uXXXX escape", s, i)
                    n = int(code, 16)
                    i += 5
                    if 0xD800 <= n <= 0xDBFF and s[i:i + 2] == "\\u":
                        low = int(s[i + 2:i + 6], 16)
                        if 0xDC00 <= low <= 0xDFFF:
                            n = 0x10000 + (((n - 0xD800) << 10) | (low - 0xDC00))
                            i += 6
                    chunks.append(chr(n))
                    continue
                mapping = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
                if esc not in mapping:
                    raise JSONDecodeError("Invalid \\escape", s, i - 1)
                chunks.append(mapping[esc])
                i += 1
                continue
            if self.strict and ch < " ":
                raise JSONDecodeError("Invalid control character at", s, i)
            chunks.append(ch)
            i += 1

    def _object(self, s, i):
        pairs = []
        i = self._skip(s, i)
        if i < len(s) and s[i] == "}":
            return self._make_object(pairs), i + 1
        while True:
            if i >= len(s) or s[i] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
            key, i = self._string(s, i + 1)
            i = self._skip(s, i)
            if i >= len(s) or s[i] != ":":
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = self._skip(s, i + 1)
            try:
                value, i = self._value(s, i)
            except StopIteration as err:
                raise JSONDecodeError("Expecting value", s, err.value) from None
            pairs.append((key, value))
            i = self._skip(s, i)
            if i < len(s) and s[i] == "}":
                return self._make_object(pairs), i + 1
            if i >= len(s) or s[i] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self._skip(s, i + 1)

    def _make_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        obj = dict(pairs)
        return self.object_hook(obj) if self.object_hook is not None else obj

    def _array(self, s, i):
        values = []
        i = self._skip(s, i)
        if i < len(s) and s[i] == "]":
            return values, i + 1
        while True:
            try:
                value, i = self._value(s, i)
            except StopIteration as err:
                raise JSONDecodeError("Expecting value", s, err.value) from None
            values.append(value)
            i = self._skip(s, i)
            if i < len(s) and s[i] == "]":
                return values, i + 1
            if i >= len(s) or s[i] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self._skip(s, i + 1)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    if isinstance(s, (bytes, bytearray)):
        s = s.decode("utf-8")
    if not isinstance(s, str):
        raise TypeError(f"the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}")
    decoder = (cls or JSONDecoder)(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
                                   parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw)
    return decoder.decode(s)


def load(fp, **kw):
    return loads(fp.read(), **kw)
