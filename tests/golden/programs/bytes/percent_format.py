# bytes % formatting: %b and %s take bytes-like values or __bytes__,
# %r and %a give ascii(), and only bytes and bytearray are templates.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __bytes__(self):
        return b"(%d,%d)" % (self.x, self.y)
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

class Broken:
    def __bytes__(self):
        return "not bytes"

class Tag(bytes):
    def __bytes__(self):
        return b"never asked"

def attempt(label, call):
    try:
        print(label, call())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("b", lambda: b"<%b|%b|%b>" % (b"x", bytearray(b"y"), memoryview(b"z")))
attempt("bytes", lambda: b"at %s and %b" % (Point(1, 2), Point(3, 4)))
attempt("subclass", lambda: b"%s" % Tag(b"own bytes"))
attempt("width", lambda: b"[%6b][%-6s][%.2b][%*b]" % (b"ab", b"cd", b"efgh", 4, b"i"))
attempt("repr", lambda: b"%r %a %r" % ("caf\xe9", "caf\xe9", b"raw"))
attempt("numbers", lambda: b"%d %05.1f %x %c%c" % (42, 3.14159, 255, 65, b"!"))
attempt("mapping", lambda: b"%(name)b=%(value)d" % {b"name": b"n", b"value": 7})
attempt("bytearray template", lambda: bytearray(b"%s-%s") % (b"a", Point(0, 0)))
attempt("single", lambda: b"%b" % Point(5, 6))
attempt("non-bytes __bytes__", lambda: b"%b" % Broken())
attempt("int for %b", lambda: b"%b" % 12)
attempt("str for %s", lambda: b"%s" % "text")
attempt("strided view", lambda: b"%b" % memoryview(b"abcd")[::2])
attempt("%c str", lambda: b"%c" % "a")
attempt("%c range", lambda: b"%c" % 256)
attempt("%b in str", lambda: "%b" % b"x")
attempt("memoryview template", lambda: memoryview(b"%s") % b"x")
attempt("memoryview rmod", lambda: memoryview(b"%s").__mod__)
attempt("too few", lambda: b"%b %b" % (b"x",))
attempt("too many", lambda: b"%b" % (b"x", b"y"))
