"""Extract, format and print information about Python stack traces.

(Strata's traceback: the functions programs use to report exceptions,
with CPython 3.11's signatures and output. Strata has no traceback or frame
objects, so the text comes from the interpreter's own traceback printer
(`_traceback`), and the functions that take `tb` objects or walk frames
(extract_tb, walk_tb, TracebackException...) are not provided.)
"""

import sys
import _traceback

__all__ = ['format_exc', 'format_exception', 'format_exception_only',
           'print_exc', 'print_exception', 'print_last', 'format_stack',
           'print_stack', 'extract_stack', 'FrameSummary', 'StackSummary']

_sentinel = object()


def _lines(text):
    return text.splitlines(keepends=True)


def _value(exc, value):
    """The exception of the (exc) or (type, value, tb) calling forms."""
    return exc if value is _sentinel else value


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    """Format a stack trace and the exception information, as a list of
    lines ending in newlines."""
    exc = _value(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    return _lines(_traceback.format(exc, chain))


def format_exception_only(exc, /, value=_sentinel):
    """The exception's last line(s): 'Type: message'."""
    exc = _value(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    cls = type(exc)
    name = cls.__qualname__
    if cls.__module__ not in ('__main__', 'builtins'):
        name = f'{cls.__module__}.{name}'
    try:
        message = str(exc)
    except Exception:
        message = '<exception str() failed>'
    lines = [f'{name}: {message}\n' if message else f'{name}\n']
    notes = getattr(exc, '__notes__', None)
    if isinstance(notes, (list, tuple)):
        lines.extend(f'{note}\n' for note in notes)
    return lines


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Print a stack trace and the exception to `file` (sys.stderr)."""
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end='')


def format_exc(limit=None, chain=True):
    """The exception being handled, formatted as print_exc prints it."""
    return ''.join(format_exception(sys.exc_info()[1], limit=limit,
                                    chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled to `file` (sys.stderr)."""
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    """Print the last uncaught exception (sys.last_value)."""
    if not hasattr(sys, 'last_value'):
        raise ValueError('no last exception')
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


class FrameSummary:
    """One frame of a stack: where it is and its source line."""

    __slots__ = ('filename', 'lineno', 'name', '_line', 'locals',
                 'end_lineno', 'colno', 'end_colno')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None, end_lineno=None, colno=None,
                 end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = locals
        self.end_lineno, self.colno, self.end_colno = end_lineno, colno, end_colno
        if lookup_line:
            self.line

    @property
    def line(self):
        if self._line is None:
            import linecache
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and self.line == other.line)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __len__(self):
        return 4

    def __repr__(self):
        return (f'<FrameSummary file {self.filename}, line {self.lineno} '
                f'in {self.name}>')


class StackSummary(list):
    """A list of FrameSummary objects, oldest first."""

    def format(self):
        result = []
        for frame in self:
            row = f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}\n'
            if frame.line:
                row += f'    {frame.line}\n'
            result.append(row)
        return result


def _stack(skip, limit):
    """The stack above the frame `skip` calls up from here, oldest first."""
    frames = []
    depth = skip + 1
    while True:
        try:
            filename, lineno, name, _ = _traceback.frame(depth)
        except ValueError:
            break
        frames.append(FrameSummary(filename, lineno, name))
        depth += 1
    frames.reverse()
    if limit is not None:
        frames = frames[-limit:] if limit >= 0 else frames[:-limit]
    return StackSummary(frames)


def extract_stack(f=None, limit=None):
    """The stack of the caller, oldest frame first, as a StackSummary."""
    return _stack(1, limit)


def format_stack(f=None, limit=None):
    """The caller's stack formatted as print_stack prints it."""
    return _stack(1, limit).format()


def print_stack(f=None, limit=None, file=None):
    """Print the caller's stack to `file` (sys.stderr)."""
    if file is None:
        file = sys.stderr
    for line in _stack(1, limit).format():
        print(line, file=file, end='')
