"""_string: the two parsers under string.Formatter, in Python.

CPython writes them in C (Objects/stringlib/unicode_format.h); the PVM's
own str.format parser (semantics/str_format.rs) keeps no raw spec text, which
Formatter.parse must return, so they are written again here with CPython's
results and messages.
"""


def formatter_parser(s):
    """Yields (literal_text, field_name, format_spec, conversion) for each
    piece of template s; the last three are None after an escaped brace or
    at the end."""
    if not isinstance(s, str):
        raise TypeError(f"expected str, got {type(s).__name__}")
    i, n = 0, len(s)
    while i < n:
        start = i
        c = ''
        while i < n:
            c = s[i]
            i += 1
            if c == '{' or c == '}':
                break
        else:
            yield s[start:i], None, None, None
            return
        at_end = i >= n
        if c == '}' and (at_end or s[i] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == '{':
            raise ValueError("Single '{' encountered in format string")
        if s[i] == c:
            # An escaped brace ends this literal, which keeps one brace.
            i += 1
            yield s[start:i - 1], None, None, None
            continue
        literal = s[start:i - 1]
        name, spec, conversion, i = _parse_field(s, i)
        yield literal, name, spec, conversion


def _parse_field(s, i):
    """(name, spec, conversion, end) of the field starting at s[i], just
    past its '{'; end is past its closing '}'."""
    n, start, c = len(s), i, ''
    while i < n:
        c = s[i]
        i += 1
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c == '[':
            while i < n and s[i] != ']':
                i += 1
            continue
        if c in '}:!':
            break
    else:
        raise ValueError("expected '}' before end of string")
    name = s[start:i - 1]
    conversion = None
    if c == '!':
        if i >= n:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = s[i]
        i += 1
        if i < n and s[i] not in ':}':
            raise ValueError("expected ':' after conversion specifier")
        c = s[i] if i < n else ''
        i += 1
    if c == '}':
        return name, '', conversion, i
    # The spec runs to the brace closing the field; fields may nest in it.
    depth, spec_start = 1, i
    while i < n:
        c = s[i]
        i += 1
        if c == '{':
            depth += 1
        elif c == '}':
            depth -= 1
            if depth == 0:
                return name, s[spec_start:i - 1], conversion, i
    raise ValueError("unmatched '{' in format spec")


def _as_index(text):
    return int(text) if text.isdigit() else text


def formatter_field_name_split(name):
    """(first, rest): the argument a field name names (an int when it is
    digits) and an iterator of (is_attribute, key) for what follows."""
    if not isinstance(name, str):
        raise TypeError(f"expected str, got {type(name).__name__}")
    end = len(name)
    for i, c in enumerate(name):
        if c in '.[':
            end = i
            break
    return _as_index(name[:end]), _field_accessors(name, end)


def _field_accessors(name, i):
    n = len(name)
    while i < n:
        c = name[i]
        i += 1
        if c == '.':
            start = i
            while i < n and name[i] not in '.[':
                i += 1
            if i == start:
                raise ValueError("Empty attribute in format string")
            yield True, name[start:i]
        elif c == '[':
            start = i
            while i < n and name[i] != ']':
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            key = name[start:i]
            if not key:
                raise ValueError("Empty attribute in format string")
            i += 1
            if i < n and name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
            yield False, _as_index(key)
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
