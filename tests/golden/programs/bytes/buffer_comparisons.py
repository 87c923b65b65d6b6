# The comparison methods of bytes, bytearray and memoryview, called
# explicitly: bytes compares only with bytes, bytearray with any buffer,
# memoryview with any buffer but only for == and !=.
def attempt(label, call):
    try:
        print(label, call())
    except Exception as e:
        print(label, type(e).__name__, e)

values = [b"ab", bytearray(b"ab"), memoryview(b"ab"), memoryview(b"xaxb")[1::2], "ab", 5]
for left in values[:3]:
    for right in values:
        row = [getattr(left, m)(right) for m in ("__eq__", "__ne__", "__lt__", "__ge__")]
        print(type(left).__name__, type(right).__name__, row)

attempt("unbound bytes", lambda: bytes.__eq__(b"a", bytearray(b"a")))
attempt("wrong receiver", lambda: bytes.__eq__(bytearray(b"a"), b"a"))
attempt("wrong view receiver", lambda: memoryview.__eq__(b"a", b"a"))
attempt("no operand", lambda: memoryview(b"a").__eq__())
attempt("operators", lambda: (b"a" == bytearray(b"a"), memoryview(b"a") == b"a", bytearray(b"b") > b"a", b"a" != memoryview(b"b")))
attempt("hash", lambda: (b"key".__hash__() == hash(b"key"), bytearray.__hash__))

class Token(bytes):
    def __eq__(self, other):
        return super().__eq__(other) is True or other == b"*"
    __hash__ = bytes.__hash__

print(Token(b"x") == b"x", Token(b"x") == b"*", Token(b"x") == bytearray(b"x"), {Token(b"k"): 1}[b"k"])
