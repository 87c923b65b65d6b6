# Fixed-width binary records: padding, searching and splitting bytes the
# way a report generator over a legacy file format does.

records = [
    (b"WIDGET", 12, b"Aisle 4"),
    (b"gizmo", 7, b"aisle 12"),
    (b"Sprocket", 130, b"dock"),
]

def encode(name, qty, where):
    return name.ljust(10, b".") + str(qty).encode().rjust(5) + b"|" + where.center(10, b"*")

lines = [encode(*r) for r in records]
for line in lines:
    print(line, len(line))

blob = b"\n".join(lines) + b"\r\nTOTAL\r"
print(blob.splitlines())
print(blob.splitlines(keepends=True)[-2:])

for line in lines:
    name, _, rest = line.partition(b".")
    qty, bar, where = rest.lstrip(b".").rpartition(b"|")
    print(name.title(), int(qty), where.strip(b"*").capitalize(), bar)

header = b"  id \t name\x0bqty  \x0c\n"
print(header.split(), header.rsplit(None, 1), header.split(None, 1))
print(b"a,b,,c".split(b","), b"a,b,,c".rsplit(b",", 2))
print(b"col\tvalue\tmore".expandtabs(), b"x\ty".expandtabs(3))

code = b"ERR-0042"
print(code.find(b"-"), code.rfind(b"0"), code.index(48), code.count(b"0"), code.rindex(b"4"))
print(code.find(b"0", 5), code.count(b"0", 0, 5), code.startswith((b"WARN", b"ERR")), code.endswith(b"42", 2))
print(code.removeprefix(b"ERR-"), code.removesuffix(b"42"), code.lower(), code.swapcase())
print(b"-17".zfill(6), b"+3".zfill(4), b"abc".zfill(2))
print(b"Hello World".istitle(), b"HELLO".isupper(), b"hello1".islower(), b"abc123".isalnum())
print(b"caf\xe9".isalpha(), b"caf\xe9".isascii(), b"caf\xe9".upper(), b" \t\x0b".isspace(), b"\x1c".isspace())
print(b"one two three".replace(b" ", b"_", 1))

buf = bytearray(b"status: ok")
print(buf.upper(), buf.center(16, b"="), buf.split(b": "), buf.zfill(12))

try:
    code.index(b"Z")
except ValueError as e:
    print("ValueError:", e)
try:
    code.ljust(12, b"ab")
except TypeError as e:
    print("TypeError:", e)
try:
    code.center(12, "*")
except TypeError as e:
    print("TypeError:", e)
try:
    code.find(300)
except ValueError as e:
    print("ValueError:", e)
