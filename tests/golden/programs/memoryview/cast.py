# cast(): the same bytes as items of another native format.
import struct
import sys


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


raw = struct.pack("=4H", 1, 2, 300, 65535) if sys.byteorder == "little" else b""
m = memoryview(raw)
h = m.cast("H")
print(h.format, h.itemsize, h.nbytes, len(h), h.shape, h.strides, h.obj is raw)
print(h.tolist(), h[2], h[-1], h[1:3].tolist(), h[::-2].tolist(), h[::2].strides)
print(h.cast("B").tolist() == list(raw), h.cast("B").format)
print(m.cast("b").tolist(), m.cast("c").tolist()[:3], m.cast("@B").format)
print(m.cast("I").tolist(), m.cast("Q").tolist(), m.cast("q").tolist())
print(m.cast("h").tolist(), m.cast("i").tolist(), m.cast("?").tolist()[:4])
print(memoryview(struct.pack("=d", 1.5)).cast("d").tolist(), memoryview(struct.pack("=f", 0.25)).cast("f")[0])
print(h == memoryview(raw).cast("H"), h == raw, m.cast("c") == raw, m.cast("b") == m)
print(h.tobytes() == raw, h.hex(), bytes(h) == raw)

buf = bytearray(8)
w = memoryview(buf).cast("H")
w[0] = 258
w[3] = 65535
w[1:3] = memoryview(struct.pack("=2H", 7, 8)).cast("H")
print(list(buf) if sys.byteorder == "little" else None, w.tolist())
c = memoryview(buf).cast("c")
c[0] = b"Z"
print(buf[:1], c[0], c[:2].tolist())
d = memoryview(bytearray(8)).cast("d")
d[0] = 2
print(d[0], d.tolist())
q = memoryview(bytearray(2)).cast("?")
q[0] = "yes"
print(q.tolist())


def store(view, value):
    def run():
        view[0] = value
        return view[0]
    return run


show("H 65536:", store(w, 65536))
show("H -1:", store(w, -1))
show("H str:", store(w, "1"))
show("c two bytes:", store(c, b"ab"))
show("c int:", store(c, 1))
show("c bytearray:", store(c, bytearray(b"a")))
show("d str:", store(d, "1.0"))
show("b 128:", store(memoryview(bytearray(1)).cast("b"), 128))
show("b -128:", store(memoryview(bytearray(1)).cast("b"), -128))

show("bad format:", lambda: m.cast("x"))
show("prefixed:", lambda: m.cast("<H"))
show("two chars:", lambda: m.cast("3B"))
show("no format:", lambda: m.cast())
show("int format:", lambda: m.cast(1))
show("not a multiple:", lambda: memoryview(b"abc").cast("H"))
show("non-byte to non-byte:", lambda: h.cast("I"))
show("strided:", lambda: m[::2].cast("B"))
show("hash H:", lambda: hash(h))
show("hash c:", lambda: hash(m.cast("c")) == hash(raw))
show("hash b:", lambda: hash(m.cast("b")) == hash(raw))
show("H index 4:", lambda: h[4])
