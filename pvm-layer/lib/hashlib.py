"""hashlib: md5, sha1, sha224, sha256, sha384 and sha512 (Strata's, with
CPython 3.11's interface; the digests are computed by the native _hashlib).
"""

import _hashlib

# (digest_size, block_size) of each algorithm.
_SIZES = {'md5': (16, 64), 'sha1': (20, 64), 'sha224': (28, 64), 'sha256': (32, 64),
          'sha384': (48, 128), 'sha512': (64, 128)}

algorithms_guaranteed = frozenset(_SIZES)
algorithms_available = frozenset(_SIZES)

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'new',
           'algorithms_guaranteed', 'algorithms_available', 'file_digest')


class _Hash:
    """A running hash: update() feeds it, digest() reads it so far."""

    def __init__(self, name, data=b''):
        self.name = name
        self.digest_size, self.block_size = _SIZES[name]
        self._state = _hashlib.update(name, None, data)

    def update(self, data, /):
        self._state = _hashlib.update(self.name, self._state, data)

    def digest(self):
        return _hashlib.digest(self.name, self._state)

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        other = object.__new__(_Hash)
        other.name, other.digest_size, other.block_size = self.name, self.digest_size, self.block_size
        other._state = self._state
        return other

    def __repr__(self):
        return f'<{self.name} _hashlib.HASH object @ {id(self):#x}>'


def new(name, data=b'', **kwargs):
    """Return a new hashing object using the named algorithm."""
    if not isinstance(name, str):
        raise TypeError(f"new() argument 'name' must be str, not {type(name).__name__}")
    key = name.lower()
    if key not in _SIZES:
        raise ValueError(f'unsupported hash type {name}')
    return _Hash(key, data)


def _constructor(name):
    def constructor(string=b'', *, usedforsecurity=True):
        return _Hash(name, string)
    constructor.__name__ = constructor.__qualname__ = 'openssl_' + name
    return constructor


md5 = _constructor('md5')
sha1 = _constructor('sha1')
sha224 = _constructor('sha224')
sha256 = _constructor('sha256')
sha384 = _constructor('sha384')
sha512 = _constructor('sha512')


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a binary file object opened for reading."""
    digestobj = new(digest) if isinstance(digest, str) else digest()
    while True:
        data = fileobj.read(_bufsize)
        if not data:
            break
        digestobj.update(data)
    return digestobj
