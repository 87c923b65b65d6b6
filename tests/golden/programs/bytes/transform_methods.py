# Splitting, partitioning, stripping, replacing and joining bytes, the
# way a line-oriented protocol parser does.
raw = b"  key1=value1;key2 = value two ;; key3=\t\n"
print(raw.strip(), raw.lstrip(), raw.rstrip(), raw.strip(b" \t\n;"), raw.strip(None))
fields = [f.strip() for f in raw.split(b";") if f.strip()]
print(fields)
print([f.partition(b"=") for f in fields])
print([f.rpartition(b"=") for f in fields], b"novalue".partition(b"="), b"novalue".rpartition(b"="))
print(raw.split(), raw.split(None, 1), raw.rsplit(None, 1), raw.split(maxsplit=2), raw.rsplit(sep=b";", maxsplit=2))
print(b"a,b,,c,".split(b","), b"a,b,,c,".rsplit(b",", 2), b",".split(b","), b"".split(b","), b"".split(), b"   ".split())
print(b"a::b::c".split(b"::", 0), b"a::b::c".rsplit(b"::", 1), b"abc".split(b"abcd"), b"a b".split(None, -5))
print(b"  a  b  ".split(None, 0), b"  a  b  ".rsplit(None, 0), b"\x1c a \x1c".split(), b"\x0ba\x0cb\x0b".split())
text = b"line one\nline two\r\nline three\rlast"
print(text.splitlines(), text.splitlines(True), text.splitlines(keepends=True), b"x\n".splitlines(), b"\n\n".splitlines(True))
print(b"a:b:c".partition(b":"), b"a:b:c".rpartition(b":"), bytearray(b"a:b").partition(b":"), bytearray(b"ab").rpartition(b":"))
sep = memoryview(b":")
left, middle, right = b"k:v".partition(sep)
print(left, type(middle).__name__, bytes(middle), right)

# replace: counts, empty patterns, growth and shrinkage.
doc = b"the cat sat on the mat with the hat"
print(doc.replace(b"the", b"a"), doc.replace(b"the", b"THE", 2), doc.replace(b"at", b""), doc.replace(b"zz", b"y"))
print(b"abc".replace(b"", b"-"), b"abc".replace(b"", b"-", 2), b"".replace(b"", b"x"), b"".replace(b"", b"x", 0), b"ab".replace(b"", b""))
print(b"aaaa".replace(b"aa", b"b"), b"aaa".replace(b"a", b"bb", -1), b"abc".replace(b"b", b"B", 0), bytearray(b"xyx").replace(b"x", bytearray(b"Z")))
print(doc.removeprefix(b"the "), doc.removesuffix(b" hat"), doc.removeprefix(b"cat"), bytearray(b"v1.2").removeprefix(b"v"))

# join takes any iterable of bytes-like items.
parts = [b"usr", bytearray(b"local"), memoryview(b"bin")]
print(b"/".join(parts), bytearray(b", ").join(p for p in [b"a", b"b"]), b"".join([]), b"-".join([b"solo"]), b"-".join(iter((b"x", b"y"))))

# Results keep the receiver's type; unchanged bytes come back as themselves.
ba = bytearray(b" pad ")
print(type(ba.strip()).__name__, type(ba.split()[0]).__name__, type(ba.replace(b"p", b"P")).__name__, ba.strip() is ba)
word = b"word"
print(word.strip() is word, word.replace(b"x", b"y") is word, word.split()[0] is word, word.removeprefix(b"x") is word)

class Tag(bytes):
    pass

t = Tag(b" spaced ")
print(type(t.strip()).__name__, t.strip(), type(t.split()[0]).__name__, type(t.replace(b"x", b"y")).__name__)

# Case and padding keep working on the bytes.
print(b"Hello World".upper(), b"Hello World".lower(), b"Hello World".swapcase(), b"hello world".title(), b"hello".capitalize())
print(b"\xe9t\xe9".upper(), b"ab".center(6, b"*"), b"ab".ljust(5, bytearray(b".")), b"7".zfill(3), b"a\tb".expandtabs(4))

for call in [lambda: b"a".split(b""), lambda: b"a".rsplit(b""), lambda: b"a".partition(b""), lambda: b"a".split("x"),
             lambda: b"a".split(1), lambda: b"a".split(b"a", "2"), lambda: b"a".split(maxsplit=None),
             lambda: b"a".strip("a"), lambda: b"a".replace("a", b"b"), lambda: b"a".replace(b"a", b"b", 1.0),
             lambda: b"-".join([b"a", 1]), lambda: b"-".join(5), lambda: b"-".join(["a"]),
             lambda: b"-".join([memoryview(b"abcd")[::2]]), lambda: b"a".removeprefix("a"), lambda: b"a".partition(None)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)

big = (b"field," * 20_000)[:-1]
print(len(big.split(b",")), big.count(b","), len(big.replace(b",", b";;")), big.rsplit(b",", 1)[1], len(big.strip(b"fd")))
