"""Functions to convert between Python values and C structs.

(Strata's struct: CPython 3.11's interface over the native _struct.)
"""

import _struct

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
           'iter_unpack', 'Struct', 'error']


class error(Exception):
    pass


error.__module__ = 'struct'


def calcsize(format):
    """Return size in bytes of the struct described by the format string."""
    return _struct.calcsize(format)


def pack(format, /, *values):
    """Return a bytes object containing the values packed by `format`."""
    return _struct.pack(format, values)


def pack_into(format, buffer, offset, /, *values):
    """Pack the values by `format` into the writable `buffer` at `offset`."""
    data = _struct.pack(format, values)
    if offset < 0:
        offset += len(buffer)
    if offset < 0 or offset + len(data) > len(buffer):
        raise error(f'pack_into requires a buffer of at least {len(data) + offset} '
                    f'bytes for packing {len(data)} bytes at offset {offset} '
                    f'(actual buffer size is {len(buffer)})')
    buffer[offset:offset + len(data)] = data


def unpack(format, buffer, /):
    """Return a tuple of the values `buffer` holds by `format`."""
    return _struct.unpack_from(format, buffer, 0, True)


def unpack_from(format, /, buffer, offset=0):
    """Unpack from `buffer` starting at `offset`."""
    return _struct.unpack_from(format, buffer, offset, False)


def iter_unpack(format, buffer, /):
    """An iterator over the successive structs `buffer` holds."""
    return Struct(format).iter_unpack(buffer)


class Struct:
    """A compiled struct format."""

    def __init__(self, format):
        self.size = _struct.calcsize(format)
        self.format = format if isinstance(format, str) else format.decode()

    def pack(self, *values):
        return _struct.pack(self.format, values)

    def pack_into(self, buffer, offset, *values):
        pack_into(self.format, buffer, offset, *values)

    def unpack(self, buffer):
        return _struct.unpack_from(self.format, buffer, 0, True)

    def unpack_from(self, buffer, offset=0):
        return _struct.unpack_from(self.format, buffer, offset, False)

    def iter_unpack(self, buffer):
        if self.size == 0:
            raise error('cannot iteratively unpack with a struct of length 0')
        if len(buffer) % self.size:
            raise error(f'iterative unpacking requires a buffer of a multiple '
                        f'of {self.size} bytes')
        return (self.unpack_from(buffer, offset)
                for offset in range(0, len(buffer), self.size))
