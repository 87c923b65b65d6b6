# memoryview over bytes: attributes, items, slices (views sharing the
# buffer, with steps), copies out, iteration, equality and hashing.
import re


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def addr(text):
    return re.sub(r"0x[0-9a-f]+", "0xADDR", text)


data = b"abcdefgh"
m = memoryview(data)
print(type(m).__name__, addr(repr(m)), addr(str(m)))
print(m.obj is data, m.readonly, m.nbytes, m.itemsize, m.format, m.ndim)
print(m.shape, m.strides, m.suboffsets, m.c_contiguous, m.f_contiguous, m.contiguous)
print(len(m), m[0], m[-1], m[3])
print(m.tobytes(), m.tolist(), m.hex(), m.hex(":"), m.hex("-", 3), m.hex(b" ", -2))

# Slices are views of the same bytes: obj stays the exporter.
s = m[2:6]
print(s.tobytes(), s.obj is data, len(s), s.shape, s.strides, s.contiguous)
print(m[::2].tobytes(), m[::2].strides, m[::2].contiguous, m[::2].nbytes)
print(m[::-1].tobytes(), m[::-1].strides, m[6:1:-2].tolist(), m[10:20].tobytes())
print(m[1:7][::2][1:].tobytes(), m[:0].tobytes(), m[:0].shape)
print(memoryview(m).obj is data, memoryview(object=b"kw").tobytes())

print(list(m[:3]), [x for x in m[::-3]], 100 in m, 120 in m, list(reversed(m[:3])))
print(type(iter(m)).__name__, bool(m), bool(m[:0]))
print(bytes(m[1:3]), bytearray(m[::3]), bytes(m[::-1]))

# Equality: item by item, with bytes, bytearrays and other views.
print(m == data, m == bytearray(data), m[:2] == b"ab", m[::2] == b"aceg", m == b"abc")
print(m == memoryview(bytearray(data)), m != data, m == "abcdefgh", m == [97, 98])
print(m[::-1] == b"hgfedcba", m.cast("c") == data, m.cast("c") == memoryview(data).cast("c"))

# A read-only view hashes as its bytes do.
print(hash(m) == hash(data), hash(m[::2]) == hash(b"aceg"), {m: 1}[data])
print(hash(memoryview(b"")) == hash(b""))

# Wrong uses: CPython's messages.
show("memoryview(1):", lambda: memoryview(1))
show("memoryview('x'):", lambda: memoryview("x"))
show("memoryview([1]):", lambda: memoryview([1]))
show("memoryview():", lambda: memoryview())
show("memoryview(2 args):", lambda: memoryview(b"a", b"b"))
show("index 8:", lambda: m[8])
show("index -9:", lambda: m[-9])
show("str key:", lambda: m["a"])
show("float key:", lambda: m[1.0])
show("ellipsis:", lambda: m[...])
show("empty tuple:", lambda: m[()])
show("two indices:", lambda: m[1, 2])
show("one-tuple:", lambda: m[(1,)])
show("huge index:", lambda: m[2**70])
show("step 0:", lambda: m[::0])
show("<:", lambda: m < m)
show("+:", lambda: m + m)
show("writable hash:", lambda: hash(memoryview(bytearray(b"a"))))
show("tobytes('X'):", lambda: m.tobytes("X"))
show("tobytes('C'):", lambda: m.tobytes("C"))
show("count:", lambda: m.count(97))
show("hex sep:", lambda: m.hex("::"))
