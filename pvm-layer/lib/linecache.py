"""Cache lines from Python source files.

(Strata's linecache: the interface of CPython 3.11's Lib/linecache.py. A
program or module this run compiled is read from the interpreter's own copy
of its source; other files are read with open(), through the OS layer.)
"""

import _traceback

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Get a line for a Python source file from the cache."""
    line = _traceback.source_line(filename, lineno)
    if line is not None:
        return line
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """The lines of a file, from the cache or read now; [] if unreadable."""
    if filename in cache:
        return cache[filename]
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    try:
        with open(filename, encoding='utf-8') as f:
            lines = f.readlines()
    except (OSError, UnicodeDecodeError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = lines
    return lines


def checkcache(filename=None):
    """Discard cache entries: all of them, or `filename`'s."""
    if filename is None:
        cache.clear()
    else:
        cache.pop(filename, None)


def updatecache(filename, module_globals=None):
    """Re-read `filename` into the cache and return its lines."""
    cache.pop(filename, None)
    return getlines(filename, module_globals)


def lazycache(filename, module_globals):
    return False
