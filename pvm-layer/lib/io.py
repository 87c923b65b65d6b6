"""Strata's io: StringIO and BytesIO, in-memory streams written in Python
with CPython 3.11's behaviour and messages for what programs commonly use
(CPython implements them in C), and io.open, the builtin open."""

__all__ = ["StringIO", "BytesIO", "open", "text_encoding", "SEEK_SET", "SEEK_CUR", "SEEK_END", "UnsupportedOperation"]

SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2

open = open


def text_encoding(encoding, stacklevel=2):
    """The encoding to pass to open(): "locale" stands for the default
    when encoding is None, as in CPython (without UTF-8 mode)."""
    return "locale" if encoding is None else encoding


from _io import UnsupportedOperation


class _MemoryIO:
    """What StringIO and BytesIO share: a buffer and a position in it.
    Writes at the end (the common case: a report built line by line) are
    kept in a list and joined when the buffer is next read, so that n
    writes cost O(n), not O(n^2)."""

    _empty = None
    _newline = None
    _closed_message = "I/O operation on closed file."

    def __init__(self, initial_value):
        if initial_value is None:
            initial_value = self._empty
        self._check_type(initial_value)
        self._buf = self._empty + initial_value
        self._tail = []
        self._len = len(self._buf)
        self._pos = 0
        self.closed = False

    def _joined(self):
        if self._tail:
            self._buf = self._empty.join([self._buf, *self._tail])
            self._tail = []
        return self._buf

    def _check_type(self, value):
        raise NotImplementedError

    def _check_open(self):
        if self.closed:
            raise ValueError(self._closed_message)

    def getvalue(self):
        self._check_open()
        return self._joined()

    def write(self, s):
        self._check_open()
        self._check_type(s)
        n = len(s)
        if self._pos == self._len:
            if n:
                self._tail.append(s)
                self._len += n
                self._pos += n
            return n
        buf = self._joined()
        if self._pos > len(buf):
            buf += self._padding(self._pos - len(buf))
        self._buf = buf[:self._pos] + s + buf[self._pos + n:]
        self._len = len(self._buf)
        self._pos += n
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check_open()
        buf = self._joined()
        end = len(buf) if size is None or size < 0 else min(self._pos + size, len(buf))
        data = buf[self._pos:end]
        self._pos = max(self._pos, end)
        return data

    def readline(self, size=-1):
        self._check_open()
        buf = self._joined()
        end = buf.find(self._newline, self._pos)
        end = len(buf) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        data = buf[self._pos:end]
        self._pos = max(self._pos, end)
        return data

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while line := self.readline():
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def seek(self, pos, whence=0):
        self._check_open()
        if whence == 0:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, self._len + pos)
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def tell(self):
        self._check_open()
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(f"Negative size value {size}")
        self._buf = self._joined()[:size]
        self._len = len(self._buf)
        return size

    def close(self):
        self.closed = True

    def flush(self):
        self._check_open()

    def readable(self):
        self._check_open()
        return True

    writable = seekable = readable

    def isatty(self):
        self._check_open()
        return False

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()


class StringIO(_MemoryIO):
    """Text I/O implementation using an in-memory buffer."""

    __module__ = "_io"  # CPython's C class, as reprs name it

    _empty = ""
    _newline = "\n"
    _closed_message = "I/O operation on closed file"

    def __init__(self, initial_value="", newline="\n"):
        super().__init__(initial_value)

    def _check_type(self, value):
        if not isinstance(value, str):
            raise TypeError(f"string argument expected, got '{type(value).__name__}'")

    @staticmethod
    def _padding(n):
        return "\0" * n


class BytesIO(_MemoryIO):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    __module__ = "_io"

    _empty = b""
    _newline = b"\n"

    def __init__(self, initial_bytes=b""):
        super().__init__(bytes(initial_bytes) if isinstance(initial_bytes, (bytearray, memoryview))
                         else initial_bytes)

    def _check_type(self, value):
        if not isinstance(value, (bytes, bytearray, memoryview)):
            raise TypeError(f"a bytes-like object is required, not '{type(value).__name__}'")

    def write(self, b):
        return super().write(bytes(b) if isinstance(b, (bytearray, memoryview)) else b)

    def readinto(self, buffer):
        data = self.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        return n

    def getbuffer(self):
        """A view of the contents (read-only here: CPython's writes through)."""
        self._check_open()
        return memoryview(self._joined())

    @staticmethod
    def _padding(n):
        return b"\0" * n
