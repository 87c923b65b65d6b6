# UnicodeDecodeError and UnicodeEncodeError carry CPython's five arguments
# (encoding, object, start, end, reason) as args and as attributes.
def show(e):
    print(type(e).__name__, e.args)
    print("  ", e.encoding, e.object, e.start, e.end, e.reason)
    print("  ", str(e))

for data, codec in [(b"caf\xc3", "utf-8"), (b"ok\xff\xfeno", "utf-8"), (b"plain\x80", "ascii"), (b"\xed\xa0\x80", "utf-8")]:
    try:
        data.decode(codec)
    except UnicodeDecodeError as e:
        show(e)
        print("   handler would resume at", e.end, data[e.end:])

for text, codec in [("na\xefve", "ascii"), ("price: 5\u20ac\u20ac!", "latin-1"), ("\U0001f600 smile", "ascii")]:
    try:
        text.encode(codec)
    except UnicodeEncodeError as e:
        show(e)

try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    show(e)

# Built by hand, as a codec written in Python raises them.
e = UnicodeDecodeError("mycodec", bytearray(b"\x00\x01\x02"), 1, 3, "bad pair")
show(e)
print(type(e.object).__name__, type(e.args[1]).__name__)
e.start = 2
e.reason = "changed"
print(str(e), e.args)
e = UnicodeEncodeError("latin-1", "x\u0100y", 1, 2, "too wide")
show(e)
e.end = 3
print(str(e))
e = UnicodeTranslateError("\xff", 0, 1, "no mapping")
print(e.args, e.object, e.start, e.end, e.reason, e.encoding, str(e))
print(isinstance(e, ValueError), issubclass(UnicodeDecodeError, UnicodeError))

for call in [lambda: UnicodeDecodeError("utf-8"), lambda: UnicodeDecodeError("utf-8", "text", 0, 1, "r"),
             lambda: UnicodeDecodeError(b"utf-8", b"", 0, 1, "r"), lambda: UnicodeDecodeError("utf-8", b"", "0", 1, "r"),
             lambda: UnicodeDecodeError("utf-8", b"", 0, 1, 5), lambda: UnicodeEncodeError("ascii", b"x", 0, 1, "r"),
             lambda: UnicodeTranslateError("x", 0, 1)]:
    try:
        call()
    except TypeError as err:
        print("TypeError", err)

# A subclass initializes through super().__init__.
class StrictError(UnicodeDecodeError):
    def __init__(self, data, at):
        super().__init__("strict-codec", data, at, at + 1, "refused")

try:
    raise StrictError(b"abc", 1)
except UnicodeDecodeError as err:
    show(err)
