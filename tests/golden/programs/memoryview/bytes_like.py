# A memoryview is accepted wherever a bytes-like object is.
import base64
import binascii
import hashlib
import io
import os
import struct
import tempfile


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


m = memoryview(b"hello world")
print(b"".join([m, m[5:]]), b"-".join([m[:5], b"x", bytearray(b"y")]))
print(b"hello".startswith(m[:3]), b"hello world".endswith(m[6:]), b"hello".find(m[1:3]))
print(b"a b".split(memoryview(b" ")), m[:5] in [b"hello"], b"x" + m[:2], bytearray(b"y") + m[:2])
print(int.from_bytes(memoryview(b"\x01\x02"), "big"), int.from_bytes(m[:2], "little"))
print(struct.unpack("<HH", memoryview(b"\x01\x00\x02\x00")), struct.unpack_from("<H", m, 1))
print(hashlib.sha256(m).hexdigest()[:16] == hashlib.sha256(b"hello world").hexdigest()[:16])
print(hashlib.md5(m[:5]).hexdigest())
print(base64.b64encode(m), base64.b64decode(memoryview(b"aGk=")), base64.b16encode(m[:2]))
print(base64.encodebytes(m[:3]), binascii.hexlify(m[:3]))
print(bytes(m[:5]).decode(), str(m[:5], "ascii"), bytearray(m[6:]))

buf = bytearray(b"abc")
buf.extend(memoryview(b"de"))
buf[0:1] = memoryview(b"AB")
print(buf)

stream = io.BytesIO()
print(stream.write(m[:5]), stream.write(memoryview(bytearray(b"!"))), stream.getvalue())
print(io.BytesIO(memoryview(b"init")).read())

with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "out.bin")
    with open(path, "wb") as f:
        print(f.write(m), f.write(m[:1]))
    with open(path, "rb") as f:
        print(f.read())

# Items of a strided view are not one slice of bytes: CPython refuses them
# where it needs contiguous bytes, but copies them in bytes().
print(bytes(m[::2]), m[::2].tobytes())
show("join strided:", lambda: b"".join([m[::2]]))
show("join released:", lambda: b"".join([b"x", 1]))
