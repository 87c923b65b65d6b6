"""Strata's os: the common operating-system interface, over the `posix`
module (each call goes through the OS layer, so a sandboxed program sees
only its sandbox). `os.path` is `posixpath`."""

import abc
import sys
import posix
from posix import getcwd, chdir, listdir, mkdir, rmdir, remove, rename, urandom, fspath, cpu_count, getpid
import stat as st
import posixpath as path
from posixpath import curdir, pardir, sep, pathsep, defpath, extsep, altsep, devnull

sys.modules["os.path"] = path

name = "posix"
linesep = "\n"
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
unlink = remove
# No function takes a directory descriptor, a file descriptor for a path,
# or follow_symlinks=False (there are no descriptors or links).
supports_dir_fd = set()
supports_fd = set()
supports_follow_symlinks = set()
# Renaming over an existing file replaces it, as POSIX rename does.
replace = rename
environ = posix._environ()


def getenv(key, default=None):
    return environ.get(key, default)


def fsencode(filename):
    """A path as bytes: UTF-8, with surrogateescape, as on Linux."""
    filename = fspath(filename)
    return filename.encode("utf-8", "surrogateescape") if isinstance(filename, str) else filename


def fsdecode(filename):
    """A path as str: UTF-8, with surrogateescape, as on Linux."""
    filename = fspath(filename)
    return filename.decode("utf-8", "surrogateescape") if isinstance(filename, bytes) else filename


class PathLike(abc.ABC):
    """Abstract base class for implementing the file system path protocol."""

    @abc.abstractmethod
    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, "__fspath__")
        return NotImplemented


class terminal_size(tuple):
    """A terminal's size: columns and lines. (The OS layer cannot ask a
    terminal its size, so there is no get_terminal_size().)"""

    def __new__(cls, size):
        columns, lines = size
        return tuple.__new__(cls, (columns, lines))

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return f"os.terminal_size(columns={self[0]}, lines={self[1]})"


class stat_result(tuple):
    """os.stat()'s result: st_mode, st_size and the times (the OS layer
    keeps one time, the modification's: access and change times are it
    too). There is no st_ino or st_dev: the OS layer does not say which
    file a path is."""

    def __new__(cls, mode, size, mtime_ns):
        seconds = mtime_ns // 10**9
        self = tuple.__new__(cls, (mode, 0, 0, 1, 0, 0, size, seconds, seconds, seconds))
        self.st_mode = mode
        self.st_size = size
        self.st_mtime = self.st_atime = self.st_ctime = mtime_ns / 1e9
        self.st_mtime_ns = self.st_atime_ns = self.st_ctime_ns = mtime_ns
        return self


def stat(p, *, follow_symlinks=True):
    kind, size, mtime_ns, mode = posix._stat(p)
    return stat_result(mode, size, mtime_ns)


# The OS layer has no symbolic links: lstat is stat.
def lstat(p):
    return stat(p)


class DirEntry:
    """An entry of scandir(): a name in a directory, whose kind is asked of
    the OS layer when first wanted (there are no symbolic links)."""

    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name)
        self._stat = None

    def stat(self, *, follow_symlinks=True):
        if self._stat is None:
            self._stat = stat(self.path)
        return self._stat

    def _mode_is(self, test):
        try:
            return test(self.stat().st_mode)
        except OSError:
            return False

    def is_dir(self, *, follow_symlinks=True):
        return self._mode_is(st.S_ISDIR)

    def is_file(self, *, follow_symlinks=True):
        return self._mode_is(st.S_ISREG)

    def is_symlink(self):
        return False

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f"<DirEntry {self.name!r}>"


class _ScandirIterator:
    def __init__(self, directory):
        self._entries = iter([DirEntry(directory, name) for name in listdir(directory)])

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._entries)

    def close(self):
        self._entries = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def scandir(path="."):
    """An iterator of DirEntry objects for the names in directory `path`."""
    return _ScandirIterator(fspath(path))


F_OK, X_OK, W_OK, R_OK = 0, 1, 2, 4


def access(path, mode):
    """Whether `path` exists (F_OK) and allows `mode`. The OS layer has no
    access(): the file's owner permission bits answer."""
    try:
        st_mode = stat(path).st_mode
    except OSError:
        return False
    return all(st_mode & bit for flag, bit in ((R_OK, 0o400), (W_OK, 0o200), (X_OK, 0o100)) if mode & flag)


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
