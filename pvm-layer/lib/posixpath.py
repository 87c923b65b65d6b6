"""Strata's posixpath (os.path): path text operations as CPython's, and
the queries that ask the OS layer (through `posix`)."""

import posix

__all__ = ["join", "split", "splitext", "basename", "dirname", "exists", "isfile", "isdir", "isabs",
           "abspath", "normpath", "normcase", "getsize", "getmtime", "expanduser", "relpath", "commonprefix", "sep"]

sep = "/"
curdir = "."
pardir = ".."
extsep = "."
pathsep = ":"


def normcase(s):
    """POSIX paths are case-sensitive: s unchanged."""
    if not isinstance(s, (str, bytes)):
        raise TypeError(f"expected str, bytes or os.PathLike object, not {type(s).__name__}")
    return s


def isabs(s):
    return s.startswith("/")


def join(a, *p):
    path = a
    for b in p:
        if b.startswith("/"):
            path = b
        elif not path or path.endswith("/"):
            path += b
        else:
            path += "/" + b
    return path


def split(p):
    i = p.rfind("/") + 1
    head, tail = p[:i], p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def splitext(p):
    sep_index = p.rfind("/")
    dot_index = p.rfind(".")
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != ".":
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, ""


def basename(p):
    return p[p.rfind("/") + 1:]


def dirname(p):
    return split(p)[0]


def normpath(path):
    if not path:
        return "."
    initial_slashes = 2 if path.startswith("//") and not path.startswith("///") else 1 if path.startswith("/") else 0
    comps = []
    for comp in path.split("/"):
        if comp in ("", "."):
            continue
        if comp != ".." or (not initial_slashes and not comps) or (comps and comps[-1] == ".."):
            comps.append(comp)
        elif comps:
            comps.pop()
    path = "/".join(comps)
    if initial_slashes:
        path = "/" * initial_slashes + path
    return path or "."


def abspath(path):
    if not isabs(path):
        path = join(posix.getcwd(), path)
    return normpath(path)


def exists(path):
    try:
        posix._stat(path)
    except OSError:
        return False
    return True


def isfile(path):
    try:
        return posix._stat(path)[0] == 0
    except OSError:
        return False


def isdir(path):
    try:
        return posix._stat(path)[0] == 1
    except OSError:
        return False


def getsize(path):
    return posix._stat(path)[1]


def getmtime(path):
    return posix._stat(path)[2] / 1e9


def expanduser(path):
    if not path.startswith("~"):
        return path
    home = posix._environ().get("HOME", "")
    i = path.find("/", 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    return (home.rstrip("/") or "/") + path[i:]


def commonprefix(m):
    if not m:
        return ""
    s1, s2 = min(m), max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def relpath(path, start=None):
    start = curdir if start is None else start
    start_list = [x for x in abspath(start).split("/") if x]
    path_list = [x for x in abspath(path).split("/") if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    return join(*rel_list) if rel_list else curdir
