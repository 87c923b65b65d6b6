#
# Secret Labs' Regular Expression Engine
#
# re-compatible interface for the sre matching engine
#
# Copyright (c) 1998-2001 by Secret Labs AB.  All rights reserved.
#
# This version of the SRE library can be redistributed under CNRI's
# Python 1.6 license.  For any other use, please contact Secret Labs
# AB (info@pythonware.com).
#
# Portions of this engine have been developed in cooperation with
# CNRI.  Hewlett-Packard provided funding for 1.6 integration and
# other compatibility work.
#

"""Strata's re: CPython 3.11's interface and parser (_re_parser, so the
same patterns are accepted and the same re.error messages raised), with
Pattern and Match written in Python and a compiler from the parse tree to
the instruction set of Strata's matching engine, _sre.run
(pvm-layer/src/modules/sre.rs)."""

import enum
import functools
import _sre
import _re_parser as _parser
from _re_constants import *

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"


class RegexFlag(enum.IntFlag):
    NOFLAG = 0
    ASCII = A = SRE_FLAG_ASCII  # assume ascii "locale"
    IGNORECASE = I = SRE_FLAG_IGNORECASE  # ignore case
    LOCALE = L = SRE_FLAG_LOCALE  # assume current 8-bit locale
    UNICODE = U = SRE_FLAG_UNICODE  # assume unicode "locale"
    MULTILINE = M = SRE_FLAG_MULTILINE  # make anchors look for newline
    DOTALL = S = SRE_FLAG_DOTALL  # make dot match newline
    VERBOSE = X = SRE_FLAG_VERBOSE  # ignore whitespace and comments
    TEMPLATE = T = SRE_FLAG_TEMPLATE  # unknown purpose, deprecated
    DEBUG = SRE_FLAG_DEBUG  # dump pattern after compilation
    _numeric_repr_ = hex

    # The members are module globals (CPython's @enum.global_enum): re.I.
    def __repr__(self):
        if not self._value_:
            return "re.NOFLAG"
        return "|".join(_flag_names(self._value_))

    __str__ = __repr__


def _flag_names(value):
    names = []
    for member in RegexFlag:
        if value & member._value_:
            names.append("re." + member._name_)
            value &= ~member._value_
    if value:
        names.append(hex(value))
    return names


NOFLAG = RegexFlag.NOFLAG
A = ASCII = RegexFlag.ASCII
I = IGNORECASE = RegexFlag.IGNORECASE
L = LOCALE = RegexFlag.LOCALE
U = UNICODE = RegexFlag.UNICODE
M = MULTILINE = RegexFlag.MULTILINE
S = DOTALL = RegexFlag.DOTALL
X = VERBOSE = RegexFlag.VERBOSE
T = TEMPLATE = RegexFlag.TEMPLATE
DEBUG = RegexFlag.DEBUG

error.__module__ = "re"


# --------------------------------------------------------------------
# the compiler: parse tree to _sre's instructions (the numbers are
# pvm-layer/src/modules/sre.rs's opcodes)

_OP_MATCH, _OP_CHAR, _OP_CHAR_I, _OP_NOT_CHAR, _OP_NOT_CHAR_I = 1, 2, 3, 4, 5
_OP_ANY, _OP_ANY_ALL, _OP_SET, _OP_SPLIT, _OP_JMP, _OP_SAVE = 6, 7, 8, 9, 10, 11
_OP_AT, _OP_BACKREF, _OP_LOOK, _OP_ATOMIC, _OP_COND = 12, 13, 14, 15, 16
_OP_REP_START, _OP_REP_CHECK, _OP_REP_MARK, _OP_REP_INC = 17, 18, 19, 20

_CATEGORIES = {
    CATEGORY_DIGIT: 0, CATEGORY_NOT_DIGIT: 1, CATEGORY_SPACE: 2,
    CATEGORY_NOT_SPACE: 3, CATEGORY_WORD: 4, CATEGORY_NOT_WORD: 5,
}


class _Compiler:
    def __init__(self, nmarks, is_bytes):
        self.code = []
        self.nmarks = nmarks
        self.nregs = 0
        self.is_bytes = is_bytes

    def _ascii(self, flags):
        return self.is_bytes or flags & (SRE_FLAG_ASCII | SRE_FLAG_LOCALE)

    def _lower(self, c):
        if self.is_bytes:
            return c + 32 if 65 <= c <= 90 else c
        low = chr(c).lower()
        return ord(low) if len(low) == 1 else c

    def _cased(self, c):
        if self.is_bytes:
            return 65 <= c <= 90 or 97 <= c <= 122
        ch = chr(c)
        return ch.lower() != ch or ch.upper() != ch

    def _hole(self):
        # A jump target filled in later by _patch.
        self.code.append(0)
        return len(self.code) - 1

    def _patch(self, hole):
        self.code[hole] = len(self.code)

    def _set(self, items, flags):
        negate = 0
        entries = []
        for op, av in items:
            if op is NEGATE:
                negate = 1
            elif op is LITERAL:
                entries += (0, av, 0)
            elif op is RANGE:
                entries += (1, av[0], av[1])
            elif op is CATEGORY:
                entries += (2, _CATEGORIES[av] + (6 if self._ascii(flags) else 0), 0)
        icase = 2 if flags & SRE_FLAG_IGNORECASE else 0
        self.code += (_OP_SET, negate | icase, len(entries) // 3, *entries)

    def _at(self, av, flags):
        if av is AT_BEGINNING:
            return 1 if flags & SRE_FLAG_MULTILINE else 0
        if av is AT_END:
            return 6 if flags & SRE_FLAG_MULTILINE else 5
        if av is AT_BOUNDARY or av is AT_NON_BOUNDARY:
            kind = 3 if av is AT_BOUNDARY else 4
            return kind + 5 if self._ascii(flags) else kind
        return {AT_BEGINNING_STRING: 2, AT_END_STRING: 7}[av]

    def _repeat(self, op, lo, hi, item, flags):
        if op is POSSESSIVE_REPEAT:
            self.code.append(_OP_ATOMIC)
            end = self._hole()
            self._repeat(MAX_REPEAT, lo, hi, item, flags)
            self.code.append(_OP_MATCH)
            self._patch(end)
            return
        greedy = op is MAX_REPEAT
        endless = hi == MAXREPEAT
        never_empty = item.getwidth()[0] > 0
        code = self.code
        if lo == 0 and hi == 1:
            code.append(_OP_SPLIT)
            first, second = self._hole(), self._hole()
            self._patch(first if greedy else second)
            self.compile(item, flags)
            self._patch(second if greedy else first)
        elif endless and never_empty and lo == 0:
            loop = len(code)
            code.append(_OP_SPLIT)
            first, second = self._hole(), self._hole()
            self._patch(first if greedy else second)
            self.compile(item, flags)
            code += (_OP_JMP, loop)
            self._patch(second if greedy else first)
        elif endless and never_empty and lo == 1:
            loop = len(code)
            self.compile(item, flags)
            code.append(_OP_SPLIT)
            if greedy:
                code.append(loop)
                exit = self._hole()
            else:
                exit = self._hole()
                code.append(loop)
            self._patch(exit)
        else:
            reg = self.nmarks + 1 + 2 * self.nregs
            self.nregs += 1
            code += (_OP_REP_START, reg)
            loop = len(code)
            code += (_OP_REP_CHECK, reg, lo, -1 if endless else hi, 1 if greedy else 0)
            exit = self._hole()
            code += (_OP_REP_MARK, reg)
            self.compile(item, flags)
            code += (_OP_REP_INC, reg, _OP_JMP, loop)
            self._patch(exit)

    def compile(self, pattern, flags):
        code = self.code
        icase = flags & SRE_FLAG_IGNORECASE
        for op, av in pattern.data:
            if op is LITERAL or op is NOT_LITERAL:
                if icase and self._cased(av):
                    code += (_OP_CHAR_I if op is LITERAL else _OP_NOT_CHAR_I, self._lower(av))
                else:
                    code += (_OP_CHAR if op is LITERAL else _OP_NOT_CHAR, av)
            elif op is ANY:
                code.append(_OP_ANY_ALL if flags & SRE_FLAG_DOTALL else _OP_ANY)
            elif op is IN:
                self._set(av, flags)
            elif op is MAX_REPEAT or op is MIN_REPEAT or op is POSSESSIVE_REPEAT:
                self._repeat(op, av[0], av[1], av[2], flags)
            elif op is SUBPATTERN:
                group, add_flags, del_flags, p = av
                inner = (flags | add_flags) & ~del_flags
                if group:
                    code += (_OP_SAVE, 2 * group)
                self.compile(p, inner)
                if group:
                    code += (_OP_SAVE, 2 * group + 1)
            elif op is BRANCH:
                ends = []
                for alt in av[1][:-1]:
                    code.append(_OP_SPLIT)
                    first, second = self._hole(), self._hole()
                    self._patch(first)
                    self.compile(alt, flags)
                    code.append(_OP_JMP)
                    ends.append(self._hole())
                    self._patch(second)
                self.compile(av[1][-1], flags)
                for end in ends:
                    self._patch(end)
            elif op is AT:
                code += (_OP_AT, self._at(av, flags))
            elif op is GROUPREF:
                code += (_OP_BACKREF, av, 1 if icase else 0)
            elif op is GROUPREF_EXISTS:
                group, yes, no = av
                code += (_OP_COND, group)
                otherwise = self._hole()
                self.compile(yes, flags)
                if no is not None:
                    code.append(_OP_JMP)
                    end = self._hole()
                    self._patch(otherwise)
                    self.compile(no, flags)
                    self._patch(end)
                else:
                    self._patch(otherwise)
            elif op is ASSERT or op is ASSERT_NOT:
                direction, p = av
                kind = (0 if direction == 1 else 2) + (1 if op is ASSERT_NOT else 0)
                width = 0
                if direction != 1:
                    width, widest = p.getwidth()
                    if width != widest:
                        raise error("look-behind requires fixed-width pattern")
                code += (_OP_LOOK, kind, width)
                end = self._hole()
                self.compile(p, flags)
                code.append(_OP_MATCH)
                self._patch(end)
            elif op is ATOMIC_GROUP:
                code.append(_OP_ATOMIC)
                end = self._hole()
                self.compile(av, flags)
                code.append(_OP_MATCH)
                self._patch(end)
            else:
                raise error("internal: unsupported operand type %r" % (op,))


def _compile_pattern(pattern, flags):
    tree = _parser.parse(pattern, flags)
    state = tree.state
    compiler = _Compiler(2 * state.groups, isinstance(pattern, bytes))
    compiler.code += (_OP_SAVE, 0)
    compiler.compile(tree, state.flags)
    compiler.code += (_OP_SAVE, 1, _OP_MATCH)
    return Pattern(pattern, state.flags, state.groups - 1, state.groupdict,
                   compiler.code, compiler.nmarks, compiler.nregs)


# --------------------------------------------------------------------
# Pattern and Match

_MAXSIZE = 9223372036854775807


def _slice(string, start, end):
    """`string[start:end]` as CPython's `getslice`: a str or bytes whatever
    the subject's type (a bytearray or memoryview gives bytes)."""
    text = string[start:end]
    return text if type(text) is str or type(text) is bytes else bytes(text)


class Pattern:
    """Compiled regular expression object."""

    def __init__(self, pattern, flags, groups, groupindex, code, nmarks, nregs):
        self.pattern = pattern
        self.flags = flags
        self.groups = groups
        self.groupindex = dict(groupindex)
        self._code = code
        self._nmarks = nmarks
        self._nregs = nregs

    def __repr__(self):
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        flags = self.flags
        if isinstance(self.pattern, str):
            flags &= ~SRE_FLAG_UNICODE
        if not flags:
            return "re.compile(%s)" % text
        return "re.compile(%s, %s)" % (text, "|".join(_flag_names(flags)))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _check(self, string):
        if isinstance(string, str):
            if not isinstance(self.pattern, str):
                raise TypeError("cannot use a bytes pattern on a string-like object")
        elif isinstance(string, (bytes, bytearray, memoryview)):
            if isinstance(self.pattern, str):
                raise TypeError("cannot use a string pattern on a bytes-like object")
        else:
            raise TypeError("expected string or bytes-like object, got %r" % type(string).__name__)

    def _bounds(self, string, pos, endpos):
        """`pos` and `endpos` clipped to the string, as CPython's `state_init`."""
        if type(string) is not type(self.pattern):
            self._check(string)
        n = len(string)
        if pos < 0:
            pos = 0
        elif pos > n:
            pos = n
        if endpos < 0:
            endpos = 0
        elif endpos > n:
            endpos = n
        return pos, endpos

    def _one(self, string, pos, endpos, mode):
        pos, endpos = self._bounds(string, pos, endpos)
        # Past `endpos`, `match` and `fullmatch` still try at `pos`, as CPython does.
        if pos > endpos and mode == 2:
            return None
        found = _sre.run(self._code, string, pos, endpos, mode, self._nmarks, self._nregs, 1)
        return Match(self, string, pos, endpos, found[0]) if found else None

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._one(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._one(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._one(string, pos, endpos, 2)

    def _marks(self, string, pos=0, endpos=_MAXSIZE, limit=0):
        # The marks of the matches a search finds (at most `limit`, if not 0).
        pos, endpos = self._bounds(string, pos, endpos)
        if pos > endpos:
            return []
        return _sre.run(self._code, string, pos, endpos, 2, self._nmarks, self._nregs, limit)

    def _all(self, string, pos=0, endpos=_MAXSIZE, limit=0):
        found = self._marks(string, pos, endpos, limit)
        pos, endpos = self._bounds(string, pos, endpos)
        return [Match(self, string, pos, endpos, marks) for marks in found]

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        return iter(self._all(string, pos, endpos))

    # subn and split read the matches' marks (_sre.run's [lastindex,
    # start0, end0, start1, end1, ...]) without making a Match for each,
    # which C code does not pay for either; findall's list is made by _sre.

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        pos, endpos = self._bounds(string, pos, endpos)
        if pos > endpos:
            return []
        return _sre.findall(self._code, string, pos, endpos, 2, self._nmarks, self._nregs, 0, self.groups)

    def subn(self, repl, string, count=0):
        if callable(repl):
            expand = repl
        else:
            expand = _subx(self, repl)
        literal = not callable(expand)
        empty = _slice(string, 0, 0)
        pieces = []
        last = 0
        found = self._marks(string, limit=max(count, 0))
        _, endpos = self._bounds(string, 0, _MAXSIZE)
        for marks in found:
            pieces.append(_slice(string, last, marks[1]))
            pieces.append(expand if literal else expand(Match(self, string, 0, endpos, marks)))
            last = marks[2]
        pieces.append(_slice(string, last, len(string)))
        return empty.join(pieces), len(found)

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def split(self, string, maxsplit=0):
        self._check(string)
        if maxsplit < 0:
            return [string]
        pieces = []
        last = 0
        groups = range(1, self.groups + 1)
        for marks in self._marks(string, limit=maxsplit):
            pieces.append(_slice(string, last, marks[1]))
            pieces.extend([_group_text(string, marks, i, None) for i in groups])
            last = marks[2]
        pieces.append(_slice(string, last, len(string)))
        return pieces


def _group_text(string, marks, index, default):
    start, end = marks[2 * index + 1], marks[2 * index + 2]
    if start < 0 or end < 0:
        return default
    return _slice(string, start, end)


class Match:
    """The result of re.match() and re.search()."""

    def __init__(self, pattern, string, pos, endpos, found):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self.lastindex = found[0] if found[0] >= 0 else None
        self._marks = found[1:]

    @property
    def lastgroup(self):
        for name, index in self.re.groupindex.items():
            if index == self.lastindex:
                return name
        return None

    @property
    def regs(self):
        return tuple(self.span(g) for g in range(self.re.groups + 1))

    def _index(self, group):
        if isinstance(group, int) and not isinstance(group, bool) or hasattr(group, "__index__") and not isinstance(group, str):
            index = group.__index__()
            if 0 <= index <= self.re.groups:
                return index
        elif isinstance(group, str):
            index = self.re.groupindex.get(group)
            if index is not None:
                return index
        raise IndexError("no such group")

    def span(self, group=0):
        index = self._index(group)
        start, end = self._marks[2 * index], self._marks[2 * index + 1]
        if start < 0 or end < 0:
            return (-1, -1)
        return (start, end)

    def start(self, group=0):
        return self.span(group)[0]

    def end(self, group=0):
        return self.span(group)[1]

    def _text(self, index, default=None):
        start, end = self._marks[2 * index], self._marks[2 * index + 1]
        if start < 0 or end < 0:
            return default
        return _slice(self.string, start, end)

    def group(self, *groups):
        if not groups:
            return self._text(0)
        if len(groups) == 1:
            return self._text(self._index(groups[0]))
        return tuple(self._text(self._index(g)) for g in groups)

    def __getitem__(self, group):
        return self._text(self._index(group))

    def groups(self, default=None):
        return tuple(self._text(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._text(index, default) for name, index in self.re.groupindex.items()}

    def expand(self, template):
        return _parser.expand_template(_parser.parse_template(template, self.re), self)

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __repr__(self):
        return "<re.Match object; span=%r, match=%r>" % (self.span(), self.group())


# --------------------------------------------------------------------
# public interface

def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object."""
    return _compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def purge():
    "Clear the regular expression caches"
    _cache.clear()
    _compile_repl.cache_clear()


# SPECIAL_CHARS
# closing ')', '}' and ']'
# '-' (a range in character set)
# '&', '~', (extended character set operations)
# '#' (comment) and WHITESPACE (ignored) in verbose mode
_special_chars_map = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """
    Escape special characters in a string.
    """
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    else:
        pattern = str(pattern, 'latin1')
        return pattern.translate(_special_chars_map).encode('latin1')


# --------------------------------------------------------------------
# internals

_cache = {}  # ordered!

_MAXCACHE = 512


def _compile(pattern, flags):
    # internal: compile pattern
    if isinstance(flags, RegexFlag):
        flags = flags.value
    try:
        return _cache[type(pattern), pattern, flags]
    except KeyError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError(
                "cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    p = _compile_pattern(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        # Drop the oldest item
        del _cache[next(iter(_cache))]
    _cache[type(pattern), pattern, flags] = p
    return p


@functools.lru_cache(_MAXCACHE)
def _compile_repl(repl, pattern):
    # internal: compile replacement pattern
    return _parser.parse_template(repl, pattern)


def _subx(pattern, template):
    # internal: Pattern.sub/subn implementation helper
    template = _compile_repl(template, pattern)
    if not template[0] and len(template[1]) == 1:
        # literal replacement
        return template[1][0]

    def filter(match, template=template):
        return _parser.expand_template(template, match)
    return filter
