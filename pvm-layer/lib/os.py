"""Strata's os: the common operating-system interface, over the `posix`
module (each call goes through the OS layer, so a sandboxed program sees
only its sandbox). `os.path` is `posixpath`."""

import sys
import posix
from posix import getcwd, chdir, listdir, mkdir, rmdir, remove, rename, urandom
import posixpath as path

sys.modules["os.path"] = path

name = "posix"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
linesep = "\n"
curdir = "."
pardir = ".."
devnull = "/dev/null"
unlink = remove
environ = posix._environ()


def getenv(key, default=None):
    return environ.get(key, default)


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    raise TypeError(f"expected str, bytes or os.PathLike object, not {type(p).__name__}")


class stat_result(tuple):
    """os.stat()'s result: st_mode, st_size, st_mtime and st_mtime_ns."""

    def __new__(cls, mode, size, mtime_ns):
        self = tuple.__new__(cls, (mode, 0, 0, 1, 0, 0, size, mtime_ns // 10**9, mtime_ns // 10**9, mtime_ns // 10**9))
        self.st_mode = mode
        self.st_size = size
        self.st_mtime = mtime_ns / 1e9
        self.st_mtime_ns = mtime_ns
        return self


def stat(p):
    kind, size, mtime_ns, mode = posix._stat(p)
    return stat_result(mode, size, mtime_ns)


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        makedirs(head, exist_ok=True)
    try:
        mkdir(name)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def walk(top, topdown=True, onerror=None, followlinks=False):
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs = [], []
    for entry in names:
        (dirs if path.isdir(path.join(top, entry)) else nondirs).append(entry)
    if topdown:
        yield top, dirs, nondirs
    for d in dirs:
        yield from walk(path.join(top, d), topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, nondirs
