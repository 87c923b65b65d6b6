"""Strata's io: StringIO and BytesIO, in-memory streams written in Python
with CPython 3.11's behaviour and messages for what programs commonly use
(CPython implements them in C), and io.open, the builtin open."""

__all__ = ["StringIO", "BytesIO", "TextIOWrapper", "open", "text_encoding", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "UnsupportedOperation"]

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


class TextIOWrapper:
    """Text over a binary stream (a BytesIO, sys.stdout.buffer): what is
    written is encoded and written through at once; what is read is the
    stream's rest, decoded when first asked for."""

    __module__ = "_io"

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        if encoding is None:
            encoding = "utf-8"
        elif not isinstance(encoding, str):
            raise TypeError(f"TextIOWrapper() argument 'encoding' must be str or None, not {type(encoding).__name__}")
        if errors is None:
            errors = "strict"
        elif not isinstance(errors, str):
            raise TypeError(f"TextIOWrapper() argument 'errors' must be str or None, not {type(errors).__name__}")
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline!r}")
        "".encode(encoding)  # an unknown encoding is a LookupError now
        self._buffer = buffer
        self._encoding = encoding
        self._errors = errors
        self._newline = newline
        self._line_buffering = line_buffering
        self._decoded = None
        self._pos = 0

    buffer = property(lambda self: self._buffer)
    encoding = property(lambda self: self._encoding)
    errors = property(lambda self: self._errors)
    line_buffering = property(lambda self: self._line_buffering)
    closed = property(lambda self: self._buffer.closed)
    name = property(lambda self: self._buffer.name)
    newlines = None

    def __repr__(self):
        parts = []
        for attr in ("name", "mode"):
            value = getattr(self._buffer, attr, None)
            if value is not None:
                parts.append(f"{attr}={value!r}")
        parts.append(f"encoding={self._encoding!r}")
        return f"<_io.TextIOWrapper {' '.join(parts)}>"

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        text = s
        if self._newline not in (None, "", "\n"):
            text = s.replace("\n", self._newline)
        self._buffer.write(text.encode(self._encoding, self._errors))
        if self._line_buffering and ("\n" in s or "\r" in s):
            self.flush()
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def _text(self):
        if self._decoded is None:
            text = self._buffer.read().decode(self._encoding, self._errors)
            if self._newline is None:
                text = text.replace("\r\n", "\n").replace("\r", "\n")
            self._decoded = text
        return self._decoded

    def read(self, size=-1):
        text = self._text()
        end = len(text) if size is None or size < 0 else min(len(text), self._pos + size)
        data = text[self._pos:end]
        self._pos = end
        return data

    def readline(self, size=-1):
        text = self._text()
        end = text.find("\n", self._pos)
        end = len(text) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        data = text[self._pos:end]
        self._pos = end
        return data

    def readlines(self, hint=-1):
        lines = []
        while line := self.readline():
            lines.append(line)
        return lines

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def flush(self):
        self._buffer.flush()

    def close(self):
        if not self._buffer.closed:
            self.flush()
            self._buffer.close()

    def detach(self):
        buffer, self._buffer = self._buffer, None
        return buffer

    def readable(self):
        return self._buffer.readable()

    def writable(self):
        return self._buffer.writable()

    def seekable(self):
        return self._buffer.seekable()

    def isatty(self):
        return self._buffer.isatty()

    def fileno(self):
        return self._buffer.fileno()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
