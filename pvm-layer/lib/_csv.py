"""_csv: the CSV parser and writer under csv, in Python.

CPython writes this module in C (Modules/_csv.c); this is the same state
machine and quoting rules, with its messages, written again for Strata.
"""

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

_dialects = {}
_field_limit = 128 * 1024


class Error(Exception):
    pass


Error.__module__ = "_csv"


def _char(name, value, default, allow_none):
    if value is None:
        if allow_none:
            return None
        raise TypeError(f'"{name}" must be string, not NoneType')
    if value is _NOTSET:
        return default
    if not isinstance(value, str):
        kind = "string or None" if allow_none else "string"
        raise TypeError(f'"{name}" must be {kind}, not {type(value).__name__}')
    if len(value) != 1:
        raise TypeError(f'"{name}" must be a 1-character string')
    return value


_NOTSET = object()
_ATTRIBUTES = ("delimiter", "doublequote", "escapechar", "lineterminator", "quotechar",
               "quoting", "skipinitialspace", "strict")


class Dialect:
    """CSV dialect: how fields are separated, quoted and escaped. Its
    attributes cannot be changed once it is made."""

    __slots__ = ("_values",)

    def __new__(cls, dialect=None, **kwargs):
        for key in kwargs:
            if key not in _ATTRIBUTES:
                raise TypeError(f"'{key}' is an invalid keyword argument for this function")
        if dialect is not None:
            if isinstance(dialect, str):
                dialect = get_dialect(dialect)
            if type(dialect) is Dialect and not kwargs:
                return dialect
        values = {}
        for name in _ATTRIBUTES:
            value = kwargs.get(name, _NOTSET)
            if value is _NOTSET and dialect is not None:
                value = getattr(dialect, name, _NOTSET)
            values[name] = value
        if "quoting" not in kwargs and "quotechar" in kwargs and kwargs["quotechar"] is None:
            # quotechar=None without a quoting of its own means no quoting.
            values["quoting"] = QUOTE_NONE
        self = object.__new__(cls)
        object.__setattr__(self, "_values", _validated(values))
        return self

    def __getattr__(self, name):
        if name in _ATTRIBUTES:
            return self._values[name]
        raise AttributeError(f"'_csv.Dialect' object has no attribute '{name}'")

    def __setattr__(self, name, value):
        if name in _ATTRIBUTES:
            raise AttributeError(f"attribute '{name}' of '_csv.Dialect' objects is not writable")
        raise AttributeError(f"'_csv.Dialect' object has no attribute '{name}'")

    def __reduce_ex__(self, protocol):
        raise TypeError(f"cannot pickle '{type(self).__name__}' object")


def _validated(v):
    out = {}
    out["delimiter"] = _char("delimiter", v["delimiter"], ",", False)
    out["doublequote"] = True if v["doublequote"] is _NOTSET else bool(v["doublequote"])
    out["escapechar"] = _char("escapechar", v["escapechar"], None, True)
    terminator = v["lineterminator"]
    if terminator is _NOTSET:
        terminator = "\r\n"
    elif not isinstance(terminator, str):
        raise TypeError('"lineterminator" must be a string')
    out["lineterminator"] = terminator
    quoting = v["quoting"]
    if quoting is _NOTSET:
        quoting = QUOTE_MINIMAL
    elif type(quoting) is not int:
        raise TypeError('"quoting" must be an integer')
    elif quoting not in range(4):
        raise TypeError('bad "quoting" value')
    out["quoting"] = quoting
    out["quotechar"] = _char("quotechar", v["quotechar"], '"', True)
    out["skipinitialspace"] = bool(v["skipinitialspace"]) if v["skipinitialspace"] is not _NOTSET else False
    out["strict"] = bool(v["strict"]) if v["strict"] is not _NOTSET else False
    if out["quotechar"] is None and quoting != QUOTE_NONE:
        raise TypeError("quotechar must be set if quoting enabled")
    if not terminator:
        raise ValueError("lineterminator must be set")
    return out


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = Dialect(dialect, **fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    """Sets the largest field a reader accepts; returns the old limit."""
    global _field_limit
    if len(args) > 1:
        raise TypeError(f"field_size_limit expected at most 1 argument, got {len(args)}")
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


# The reader's states, as _csv.c names them.
(START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD, ESCAPE_IN_QUOTED_FIELD,
 QUOTE_IN_QUOTED_FIELD, EAT_CRNL, AFTER_ESCAPED_CRNL) = range(9)
_EOL = None  # the end of a line, after its characters


class Reader:
    """Iterates over the records (lists of fields) of lines of CSV text."""

    def __init__(self, iterable, dialect):
        self._lines = iter(iterable)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        self._fields, self._field = [], []
        self._state, self._numeric = START_RECORD, False
        first = True
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if self._field or self._state == IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data")
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error(f"iterator should return strings, not {type(line).__name__} "
                            "(the file should be opened in text mode)")
            self.line_num += 1
            if first:
                first = False
                fields = self._split_plain(line)
                if fields is not None:
                    return fields
            for c in line:
                self._process(c)
            self._process(_EOL)
            if self._state == START_RECORD:
                break
        return self._fields

    def _split_plain(self, line):
        """The fields of a line without quotes, escapes or line breaks
        inside (most lines of most files), split at the delimiters: what
        the state machine finds, without its step per character; None for
        any other line."""
        d = self.dialect
        if d.skipinitialspace or d.quoting == QUOTE_NONNUMERIC:
            return None
        if line.endswith("\r\n"):
            body = line[:-2]
        elif line.endswith(("\n", "\r")):
            body = line[:-1]
        else:
            body = line
        if ("\n" in body or "\r" in body or len(body) > _field_limit
                or (d.quotechar is not None and d.quotechar in body)
                or (d.escapechar is not None and d.escapechar in body)):
            return None
        return body.split(d.delimiter) if body else []

    def _save_field(self):
        field = "".join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)

    def _add_char(self, c):
        if len(self._field) >= _field_limit:
            raise Error(f"field larger than field limit ({_field_limit})")
        self._field.append(c)

    def _end_of_field(self, c):
        """After a newline or the end of the line in a field: the field ends."""
        self._save_field()
        self._state = START_RECORD if c is _EOL else EAT_CRNL

    def _process(self, c):
        d = self.dialect
        state = self._state
        if state == START_RECORD:
            if c is _EOL:
                return
            if c == "\n" or c == "\r":
                self._state = EAT_CRNL
                return
            state = self._state = START_FIELD
        if state == START_FIELD:
            if c is _EOL or c == "\n" or c == "\r":
                self._end_of_field(c)
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = ESCAPED_CHAR
            elif c == " " and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add_char(c)
                self._state = IN_FIELD
        elif state == ESCAPED_CHAR:
            if c == "\n" or c == "\r":
                self._add_char(c)
                self._state = AFTER_ESCAPED_CRNL
                return
            self._add_char("\n" if c is _EOL else c)
            self._state = IN_FIELD
        elif state == AFTER_ESCAPED_CRNL or state == IN_FIELD:
            if state == AFTER_ESCAPED_CRNL and c is _EOL:
                return
            if c is _EOL or c == "\n" or c == "\r":
                self._end_of_field(c)
            elif c == d.escapechar:
                self._state = ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = START_FIELD
            else:
                self._add_char(c)
                self._state = IN_FIELD
        elif state == IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d.escapechar:
                self._state = ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = QUOTE_IN_QUOTED_FIELD if d.doublequote else IN_FIELD
            else:
                self._add_char(c)
        elif state == ESCAPE_IN_QUOTED_FIELD:
            self._add_char("\n" if c is _EOL else c)
            self._state = IN_QUOTED_FIELD
        elif state == QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add_char(c)
                self._state = IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = START_FIELD
            elif c is _EOL or c == "\n" or c == "\r":
                self._end_of_field(c)
            elif not d.strict:
                self._add_char(c)
                self._state = IN_FIELD
            else:
                raise Error(f"'{d.delimiter}' expected after '{d.quotechar}'")
        elif state == EAT_CRNL:
            if c == "\n" or c == "\r":
                pass
            elif c is _EOL:
                self._state = START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - "
                            "do you need to open the file in universal-newline mode?")


class Writer:
    """Writes records as lines of CSV text to a file-like object."""

    def __init__(self, fileobj, dialect):
        try:
            self._write = fileobj.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method') from None
        self.dialect = dialect
        # The characters that make a field need quoting or escaping.
        self._specials = tuple({dialect.delimiter, dialect.escapechar, dialect.quotechar,
                                *dialect.lineterminator} - {None})

    def writerow(self, row):
        d = self.dialect
        try:
            fields = iter(row)
        except TypeError:
            raise Error(f"iterable expected, not {type(row).__name__}") from None
        parts = []
        for field in fields:
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not isinstance(field, (int, float, complex))
            else:
                quoted = d.quoting == QUOTE_ALL
            text = "" if field is None else field if isinstance(field, str) else str(field)
            parts.append(self._field(text, quoted))
        if len(parts) == 1 and parts[0] == "":
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            parts[0] = d.quotechar * 2
        return self._write(d.delimiter.join(parts) + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)

    def _field(self, text, quoted):
        """text as one field: quoted when asked or when a special character
        needs it, special characters doubled or escaped."""
        d = self.dialect
        if not any(special in text for special in self._specials):
            return d.quotechar + text + d.quotechar if quoted else text
        out = []
        for c in text:
            if c == d.delimiter or c == d.escapechar or c == d.quotechar or c in d.lineterminator:
                escape = False
                if d.quoting == QUOTE_NONE:
                    escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(c)
                        else:
                            escape = True
                    elif c == d.escapechar:
                        escape = True
                    if not escape:
                        quoted = True
                if escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
            out.append(c)
        if quoted:
            return d.quotechar + "".join(out) + d.quotechar
        return "".join(out)


def reader(csvfile, dialect="excel", **fmtparams):
    return Reader(csvfile, Dialect(dialect, **fmtparams))


def writer(fileobj, dialect="excel", **fmtparams):
    return Writer(fileobj, Dialect(dialect, **fmtparams))
