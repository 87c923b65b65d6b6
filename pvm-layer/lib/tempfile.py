"""tempfile: temporary files and directories, after CPython 3.11's, for
Strata. Strata has no file descriptors yet (no `os.open`), so files are
created by name with `open(name, "x")` (exclusive creation, as CPython's
O_EXCL), and `mkstemp`, which returns a descriptor, is not provided; nor
is `SpooledTemporaryFile`. Names, directories and clean-up are CPython's."""

import os as _os
import shutil as _shutil
from random import Random as _Random

__all__ = [
    "NamedTemporaryFile", "TemporaryFile", "TemporaryDirectory", "mkdtemp", "mktemp",
    "TMP_MAX", "gettempprefix", "tempdir", "gettempdir", "gettempprefixb", "gettempdirb",
]

TMP_MAX = 10000
template = "tmp"
tempdir = None


class _RandomNameSequence:
    """An endless sequence of 8-character names from a-z, 0-9 and _."""

    characters = "abcdefghijklmnopqrstuvwxyz0123456789_"

    def __init__(self):
        self._rng = _Random()

    def __iter__(self):
        return self

    def __next__(self):
        return "".join(self._rng.choices(self.characters, k=8))


_names = _RandomNameSequence()


def _candidate_tempdir_list():
    dirlist = []
    for envname in "TMPDIR", "TEMP", "TMP":
        dirname = _os.getenv(envname)
        if dirname:
            dirlist.append(dirname)
    dirlist.extend(["/tmp", "/var/tmp", "/usr/tmp"])
    try:
        dirlist.append(_os.getcwd())
    except OSError:
        dirlist.append(_os.curdir)
    return dirlist


def _get_default_tempdir():
    # The first candidate in which a file can be written, as CPython checks.
    for dir in _candidate_tempdir_list():
        if dir != _os.curdir:
            dir = _os.path.abspath(dir)
        for _ in range(100):
            filename = _os.path.join(dir, next(_names))
            try:
                with open(filename, "xb") as f:
                    f.write(b"blat")
                _os.unlink(filename)
                return dir
            except FileExistsError:
                pass
            except OSError:
                break
    raise FileNotFoundError(2, f"No usable temporary directory found in {_candidate_tempdir_list()}")


def gettempprefix():
    return template


def gettempprefixb():
    return template.encode()


def gettempdir():
    """The default directory for temporary files."""
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return _os.fsdecode(tempdir) if isinstance(tempdir, bytes) else tempdir


def gettempdirb():
    return gettempdir().encode()


def _sanitize_params(prefix, suffix, dir):
    if suffix is None:
        suffix = ""
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return prefix, suffix, dir


def _unique_names(prefix, suffix, dir):
    for _ in range(TMP_MAX):
        yield _os.path.join(dir, prefix + next(_names) + suffix)
    raise FileExistsError(17, "No usable temporary file name found")


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a directory only its creator can use; return its absolute path."""
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    for name in _unique_names(prefix, suffix, dir):
        try:
            _os.mkdir(name, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(name)


def mktemp(suffix="", prefix=template, dir=None):
    """A name no file had when asked (unsafe: the name may be taken before use)."""
    if dir is None:
        dir = gettempdir()
    for name in _unique_names(prefix, suffix, dir):
        if not _os.path.exists(name):
            return name


def _create_file(mode, buffering, encoding, newline, errors, prefix, suffix, dir):
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    # Exclusive creation stands in for CPython's os.open(O_CREAT | O_EXCL).
    xmode = "x" + mode.replace("w", "").replace("x", "")
    for name in _unique_names(prefix, suffix, dir):
        try:
            return open(name, xmode, buffering=buffering, encoding=encoding, newline=newline,
                        errors=errors), _os.path.abspath(name)
        except FileExistsError:
            continue


class _TemporaryFileWrapper:
    """A file object that removes its file when closed (if `delete`)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def close(self):
        if not self._closed:
            self._closed = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    try:
                        _os.unlink(self.name)
                    except FileNotFoundError:
                        pass

    @property
    def closed(self):
        return self.file.closed

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return False

    def __iter__(self):
        for line in self.file:
            yield line

    def __repr__(self):
        return f"<tempfile._TemporaryFileWrapper object at {id(self):#x}>"


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None):
    """A temporary file with a visible name, removed on close if `delete`."""
    file, name = _create_file(mode, buffering, encoding, newline, errors, prefix, suffix, dir)
    return _TemporaryFileWrapper(file, name, delete)


TemporaryFile = NamedTemporaryFile


class TemporaryDirectory:
    """A directory made by mkdtemp, removed with its contents by cleanup()
    or at the end of a `with` block."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._removed = False

    def __repr__(self):
        return f"<{self.__class__.__name__} {self.name!r}>"

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if not self._removed and _os.path.exists(self.name):
            _shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
        self._removed = True
