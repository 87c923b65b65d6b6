# Searching bytes and bytearray: find/rfind/index/rindex/count and the
# affix tests, with slice bounds, single-byte ints and any bytes-like needle.
packet = b"GET /index.html HTTP/1.1\r\nHost: example.org\r\nAccept: */*\r\n\r\nbody"
header_end = packet.find(b"\r\n\r\n")
print("header ends at", header_end, "body:", packet[header_end + 4:])
print(packet.find(b"Host"), packet.find(b"host"), packet.rfind(b"\r\n"), packet.rfind(b"\r\n", 0, 30))
print(packet.find(ord("/")), packet.rfind(47), packet.count(b"\r\n"), packet.count(ord("e")))
print(packet.index(b"HTTP"), packet.rindex(b"e", 0, 40))
for needle in (b"", bytearray(b"org"), memoryview(b"Accept"), 0x2a, True):
    print(type(needle).__name__, packet.find(needle), packet.rfind(needle), packet.count(needle))

# Bounds: negative, past the end, None, reversed.
data = b"abcabcabc"
for start, end in [(None, None), (1, None), (-3, None), (2, 5), (5, 2), (100, None), (-100, 4), (None, -1), (9, 9), (10, 10)]:
    print(start, end, data.find(b"c", start, end), data.rfind(b"c", start, end), data.count(b"abc", start, end),
          data.find(b"", start, end), data.rfind(b"", start, end), data.count(b"", start, end),
          data.startswith(b"abc", start, end), data.endswith(b"bc", start, end), data.startswith(b"", start, end))

class Index:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n

print(data.find(b"a", Index(1)), data.count(b"b", Index(-4), Index(100)), data.find(Index(99)))
print(data.count(b"aa"), b"aaaa".count(b"aa"), b"aaaa".find(b"aa", 1), b"aaaa".rfind(b"aa", 0, 3))

# Tuples of affixes; the first match ends the search.
name = bytearray(b"archive.tar.gz")
print(name.endswith((b".zip", b".gz")), name.endswith((b".zip", bytearray(b".7z"))), name.startswith((b"arch", 1)))
print(name.startswith(b"tar", 8), name.endswith(b"tar", 0, -3), name.startswith(memoryview(b"archive")))

# Subclasses of bytes are bytes-like arguments.
class Tag(bytes):
    pass

print(packet.find(Tag(b"Host")), Tag(b"<a><b>").count(b"<"), Tag(b"xyz").startswith(Tag(b"x")))

for call in [lambda: data.index(b"z"), lambda: data.rindex(b"z"), lambda: bytearray(data).index(122),
             lambda: data.find(256), lambda: data.find(-1), lambda: data.find(2**70), lambda: data.find("a"),
             lambda: data.find(1.5), lambda: data.find(b"a", "x"), lambda: data.find(b"a", 0, 1.0),
             lambda: data.startswith("a"), lambda: data.endswith(["a"]), lambda: data.startswith(("a",)),
             lambda: data.find(memoryview(b"abcd")[::2])]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)

# A large buffer: the answers are positions, whatever the size.
big = b"x" * 100_000 + b"needle" + b"y" * 1000
print(big.find(b"needle"), big.rfind(b"x"), big.count(b"y"), big.index(b"needle", 50_000), big.find(b"needle", 0, 100_005))
print(bytearray(big).rfind(b"needle"), big.count(b"xx"), big.endswith(b"y" * 1000), big.startswith(b"needle", 100_000))
