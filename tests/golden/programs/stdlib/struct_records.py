# Binary records with struct: a file header, fixed-size rows, and errors.
import struct

HEADER = struct.Struct("<4sHHI")
ROW = struct.Struct("<i16sdH?")
print(HEADER.size, ROW.size, struct.calcsize("@bhiqd"), struct.calcsize("=bhiqd"), struct.calcsize("!3s2xI"))

rows = [(1, b"widget", 2.5, 10, True), (-7, b"a much longer name here", -0.125, 65535, False)]
blob = HEADER.pack(b"INV1", 1, len(rows), 0xDEADBEEF) + b"".join(ROW.pack(*r) for r in rows)
print(len(blob), blob[:12].hex(), blob[12:20])
magic, version, count, check = HEADER.unpack_from(blob)
print(magic, version, count, hex(check))
for fields in ROW.iter_unpack(blob[HEADER.size:]):
    ident, name, price, qty, active = fields
    print(ident, name.rstrip(b"\0").decode(), price, qty, active)

print(struct.pack(">hHiIqQ", -2, 2, -3, 3, -4, 2**64 - 1).hex())
print(struct.unpack(">hHiIqQ", struct.pack(">hHiIqQ", -2, 2, -3, 3, -4, 2**64 - 1)))
print(struct.pack("<fde", 1.5, -2.25, 0.333), struct.unpack("<fde", struct.pack("<fde", 1.5, -2.25, 0.333)))
print(struct.pack("@bi", 1, 2), struct.pack("3c", b"x", b"y", b"z"), struct.pack("5p", b"hi"))
print(struct.unpack("!I", b"\x00\x00\x01\x00"), struct.unpack_from("<H", b"\x00\x01\x02", 1))
buf = bytearray(8)
struct.pack_into("<hh", buf, 2, 258, -1)
print(buf, struct.Struct("<q").size, struct.Struct(b">h").format)

for call in [lambda: struct.pack("<i", 2**31), lambda: struct.pack("b", 200),
             lambda: struct.pack("<Q", -1), lambda: struct.pack("<ii", 1),
             lambda: struct.pack("<i", "x"), lambda: struct.unpack("<i", b"123"),
             lambda: struct.pack("<Z", 1), lambda: struct.pack("c", b"ab"),
             lambda: struct.pack("<H", 70000), lambda: struct.unpack_from("<I", b"12", 1)]:
    try:
        call()
    except struct.error as e:
        print("struct.error:", e)
print(struct.error.__module__, struct.error.__mro__[1].__name__)
