# release(), `with`, the released view's errors, and a bytearray with
# live views refusing to change its length (BufferError).
import re


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


buf = bytearray(b"abcdef")
m = memoryview(buf)


def assign(key, value):
    def run():
        buf[key] = value
    return run


def delete(key):
    def run():
        del buf[key]
    return run


def add():
    global buf
    buf += b"x"


def multiply():
    global buf
    buf *= 2


show("append:", lambda: buf.append(1))
show("extend:", lambda: buf.extend(b"xy"))
show("extend empty:", lambda: buf.extend(b""))
show("insert:", lambda: buf.insert(0, 1))
show("pop:", lambda: buf.pop())
show("remove:", lambda: buf.remove(97))
show("clear:", lambda: buf.clear())
show("reverse:", lambda: buf.reverse())
show("grow slice:", assign(slice(0, 1), b"xy"))
show("same slice:", assign(slice(0, 2), b"xy"))
show("del item:", delete(0))
show("del slice:", delete(slice(0, 2)))
show("+=:", add)
show("*=:", multiply)
show("item:", assign(0, 65))
print(buf, m.tobytes())

# Released: only repr, release() and == by identity still work.
m.release()
m.release()
frozen = memoryview(b"x")
frozen.release()
print(re.sub(r"0x[0-9a-f]+", "0xADDR", repr(m)), m == m, m == buf)
for label, f in [
    ("index", lambda: m[0]),
    ("len", lambda: len(m)),
    ("bool", lambda: bool(m)),
    ("tobytes", lambda: m.tobytes()),
    ("tolist", lambda: m.tolist()),
    ("hex", lambda: m.hex()),
    ("obj", lambda: m.obj),
    ("nbytes", lambda: m.nbytes),
    ("format", lambda: m.format),
    ("shape", lambda: m.shape),
    ("readonly", lambda: m.readonly),
    ("bytes", lambda: bytes(m)),
    ("hash", lambda: hash(frozen)),
    ("cast", lambda: m.cast("c")),
    ("memoryview(m)", lambda: memoryview(m)),
    ("enter", lambda: m.__enter__()),
]:
    show(label + ":", f)

# Once released, the bytearray may resize again.
buf.append(ord("!"))
print(buf)

# `with` releases at the end of the block.
with memoryview(buf) as v:
    print(type(v).__name__, v[0], v.__enter__() is v)
    show("inside with:", lambda: buf.append(0))
show("after with:", lambda: v[0])
buf.append(ord("?"))
print(buf)

# A slice is an export of its own: releasing the first view is not enough.
first = memoryview(buf)
part = first[1:3]
first.release()
show("slice alive:", lambda: buf.pop())
part.release()
print(buf.pop(), buf)

# Views the program no longer reaches do not hold the bytearray.
memoryview(buf)[0]
bytes(memoryview(buf)[1:])
kept = [memoryview(buf) for _ in range(3)]
show("three views:", lambda: buf.append(1))
kept = None
buf.append(ord("."))
print(buf)


def peek(b):
    view = memoryview(b)
    return view[0]


print(peek(buf))
buf.extend(b"..")
print(buf)

# A view keeps its object alive through collections.
import gc

views = [memoryview(bytes([i]) * 3)[1:] for i in range(50)]
junk = [[i] * 10 for i in range(20000)]
del junk
gc.collect()
print(sum(v[0] + v[1] for v in views), views[7].obj)
held = memoryview(bytearray(b"gc"))
dropped = [memoryview(buf) for _ in range(2)]
del dropped
gc.collect()
buf.append(ord("#"))
print(buf, held.tobytes())
