# Editing binary buffers in place: slice assignment that replaces, grows,
# shrinks and inserts, extended slices, and what may be assigned.
buf = bytearray(b"hello world")
buf[0:5] = b"HELLO"
print(buf)
buf[6:] = b"there, friend"
print(buf, len(buf))
buf[5:6] = b""
print(buf)
buf[:0] = b">> "
print(buf)
buf[len(buf):] = bytearray(b"!")
print(buf)
buf[::2] = b"x" * len(buf[::2])
print(buf)
buf[:] = [72, 105]
print(buf)
buf[1:1] = range(48, 51)
print(buf)
buf[:] = buf
print(buf)
buf[-1:] = b"Z"
print(buf, buf[10:20])
buf[4:2] = b"in"
print(buf)
header = bytearray(8)
header[0:4] = (1234).to_bytes(4, "big")
header[4:8] = b"\x00\x01\x02\x03"
print(header.hex())
for bad in ["text", 5, 2.5, [1, 300], [1, "a"], None, object]:
    try:
        b = bytearray(b"abc")
        b[0:1] = bad
        print(b)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    b = bytearray(b"abcdef")
    b[::2] = b"xy"
except ValueError as e:
    print("ValueError", e)
