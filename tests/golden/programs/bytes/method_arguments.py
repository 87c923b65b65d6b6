# Calling bytes and bytearray methods with the wrong number or kind of
# arguments raises CPython's TypeError, worded as each method words it.
def attempt(label, call):
    try:
        result = call()
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: {result!r}")

b, ba = b"ab c", bytearray(b"ab c")
for obj in (b, ba):
    kind = type(obj).__name__
    attempt(f"{kind}.find 4 args", lambda: obj.find(b"a", 0, 1, 2))
    attempt(f"{kind}.find 0 args", lambda: obj.find())
    attempt(f"{kind}.count keyword", lambda: obj.count(b"a", start=1))
    attempt(f"{kind}.startswith 4 args", lambda: obj.startswith(b"a", 0, 1, 2))
    attempt(f"{kind}.upper 1 arg", lambda: obj.upper(1))
    attempt(f"{kind}.isdigit keyword", lambda: obj.isdigit(x=1))
    attempt(f"{kind}.join 0 args", lambda: obj.join())
    attempt(f"{kind}.partition 2 args", lambda: obj.partition(b"a", b"b"))
    attempt(f"{kind}.center 0 args", lambda: obj.center())
    attempt(f"{kind}.center 3 args", lambda: obj.center(5, b"x", 1))
    attempt(f"{kind}.center bad fill", lambda: obj.center(5, "x"))
    attempt(f"{kind}.ljust int fill", lambda: obj.ljust(5, 120))
    attempt(f"{kind}.replace 1 arg", lambda: obj.replace(b"a"))
    attempt(f"{kind}.replace 4 args", lambda: obj.replace(b"a", b"b", 1, 2))
    attempt(f"{kind}.strip 2 args", lambda: obj.strip(b"a", b"b"))
    attempt(f"{kind}.strip keyword", lambda: obj.strip(chars=b"a"))
    attempt(f"{kind}.split 3 args", lambda: obj.split(b" ", 1, 2))
    attempt(f"{kind}.split twice", lambda: obj.split(b" ", sep=b" "))
    attempt(f"{kind}.split unknown", lambda: obj.split(limit=1))
    attempt(f"{kind}.split 3 keywords", lambda: obj.split(sep=None, maxsplit=1, x=2))
    attempt(f"{kind}.rsplit keywords", lambda: obj.rsplit(maxsplit=1, sep=b" "))
    attempt(f"{kind}.splitlines 2 args", lambda: obj.splitlines(True, False))
    attempt(f"{kind}.splitlines float", lambda: obj.splitlines(1.5))
    attempt(f"{kind}.expandtabs str", lambda: obj.expandtabs("4"))
    attempt(f"{kind}.expandtabs keyword", lambda: obj.expandtabs(tabsize=2))
    attempt(f"{kind}.zfill 0 args", lambda: obj.zfill())
    attempt(f"{kind}.hex 3 args", lambda: obj.hex(":", 1, 2))
    attempt(f"{kind}.hex keywords", lambda: obj.hex(sep="-", bytes_per_sep=-1))
    attempt(f"{kind}.hex bad sep", lambda: obj.hex(5))
    attempt(f"{kind}.decode 3 args", lambda: obj.decode("utf-8", "strict", 1))
    attempt(f"{kind}.decode bad keyword", lambda: obj.decode(codec="utf-8"))
    attempt(f"{kind}.decode errors type", lambda: obj.decode(errors=1))
    attempt(f"{kind}.translate 0 args", lambda: obj.translate())
    attempt(f"{kind}.translate by keyword", lambda: obj.translate(table=None))
    attempt(f"{kind}.translate delete", lambda: obj.translate(None, delete=b" "))
    attempt(f"{kind}.translate short", lambda: obj.translate(b"x"))
    attempt(f"{kind}.translate str", lambda: obj.translate(None, "a"))
    attempt(f"{kind}.removeprefix 0 args", lambda: obj.removeprefix())
    attempt(f"{kind}.fromhex 2 args", lambda: type(obj).fromhex("61", "62"))
    attempt(f"{kind}.fromhex bytes", lambda: type(obj).fromhex(b"61"))
    attempt(f"{kind}.fromhex odd", lambda: type(obj).fromhex("6 1"))
    attempt(f"{kind}.fromhex spaces", lambda: type(obj).fromhex(" 61 62\x0b63 "))
    attempt(f"{kind}.maketrans 1 arg", lambda: type(obj).maketrans(b"a"))
    attempt(f"{kind}.maketrans keyword", lambda: type(obj).maketrans(b"a", to=b"b"))
    attempt(f"{kind}.maketrans lengths", lambda: type(obj).maketrans(b"ab", b"c"))

# Unbound methods check their receiver.
attempt("bytes.find()", lambda: bytes.find())
attempt("bytes.find(str)", lambda: bytes.find("abc", "a"))
attempt("bytes.upper(bytearray)", lambda: bytes.upper(bytearray(b"x")))
attempt("bytearray.append(bytes)", lambda: bytearray.append(b"x", 1))
attempt("bytes.upper(subclass)", lambda: bytes.upper(type("B", (bytes,), {})(b"sub")))

# The mutators of bytearray.
buf = bytearray(b"abc")
attempt("append bytes", lambda: buf.append(b"d"))
attempt("append 256", lambda: buf.append(256))
attempt("append huge", lambda: buf.append(2**80))
attempt("append 2 args", lambda: buf.append(1, 2))
attempt("insert 1 arg", lambda: buf.insert(0))
attempt("insert bad index", lambda: buf.insert("0", 1))
attempt("pop 2 args", lambda: buf.pop(0, 1))
attempt("pop str", lambda: buf.pop("0"))
attempt("remove missing", lambda: buf.remove(ord("z")))
attempt("remove bytes", lambda: buf.remove(b"a"))
attempt("extend int", lambda: buf.extend(5))
attempt("extend str", lambda: buf.extend("de"))
attempt("extend bad item", lambda: buf.extend([100, 300]))
attempt("clear arg", lambda: buf.clear(1))
attempt("copy keyword", lambda: buf.copy(deep=True))
buf.extend(x for x in b"de")
buf.insert(-1, ord("_"))
print(buf, buf.pop(), buf.pop(0), buf)

# Classes made from the class methods.
class Blob(bytes):
    pass

class Buf(bytearray):
    pass

print(type(Blob.fromhex("6869")).__name__, Blob.fromhex("6869"), type(Buf.fromhex("00ff")).__name__, b"x".fromhex("41"))
print(type(bytearray.maketrans(b"a", b"b")).__name__, b"abc".translate(bytes.maketrans(b"abc", b"xyz"), b"b"))
