# A view of a bytearray writes through to it: items, slices, steps, and
# views of views; a view of bytes is read-only.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


buf = bytearray(b"hello world")
m = memoryview(buf)
print(m.readonly, m.obj is buf)
m[0] = 72
m[-1] = ord("D")
print(buf)
m[1:3] = b"EY"
print(buf)
m[6:11] = bytearray(b"WORLD")
print(buf)
m[::2] = b"123456"
print(buf)
m[1:6:2] = memoryview(b"abc")
print(buf)

# Overlapping source and target: the source is read first.
m[2:6] = m[0:4]
print(buf)
m[::-1] = bytes(m)
print(buf)

# A slice of a view writes into the same bytearray.
tail = m[6:]
tail[0] = 33
tail[1:3] = b"??"
print(buf, tail.tobytes())

# The bytearray's own changes show through the view.
buf[0] = ord("Z")
print(m[0], m.tobytes()[:3])

# Booleans are ints; __index__ objects are accepted.


class Seven:
    def __index__(self):
        return 7


m[0] = True
m[1] = Seven()
print(buf[:2], m[Seven()])


def assign(key, value):
    def run():
        m[key] = value
        return bytes(buf)
    return run


show("256:", assign(0, 256))
show("-1:", assign(0, -1))
show("str:", assign(0, "a"))
show("float:", assign(0, 1.5))
show("bytes:", assign(0, b"a"))
show("index 11:", assign(11, 0))
show("longer slice:", assign(slice(0, 2), b"xyz"))
show("shorter ext slice:", assign(slice(0, 6, 2), b"xy"))
show("list rvalue:", assign(slice(0, 2), [1, 2]))
show("int rvalue:", assign(slice(0, 2), 5))
show("'c' rvalue:", assign(slice(0, 2), memoryview(b"ab").cast("c")))
show("str key:", assign("k", 1))
show("same size:", assign(slice(0, 2), b"ok"))

ro = memoryview(b"abc")


def write_ro():
    ro[0] = 1


show("read-only:", write_ro)
readonly = m.toreadonly()
print(readonly.readonly, readonly.obj is buf, readonly[0])


def write_toreadonly():
    readonly[0] = 1


show("toreadonly:", write_toreadonly)
