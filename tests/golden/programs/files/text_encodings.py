# A small export tool that writes the same price list in the encodings its
# customers ask for, then reads each file back the way they would.
import os

ITEMS = [("Café crème", 3.5), ("Crêpe Suzette", 7.25), ("Smørrebrød", 9.0), ("Euro sign €", 1.0)]


def export(path, encoding, errors="strict", newline=None):
    with open(path, "w", encoding=encoding, errors=errors, newline=newline) as f:
        print(repr(f.encoding), repr(f.errors), f.name)
        for name, price in ITEMS:
            f.write(f"{name};{price:.2f}\n")
    with open(path, "rb") as f:
        raw = f.read()
    print(f"  {encoding}: {len(raw)} bytes, starts {raw[:6]!r}")
    return raw


for enc in ["utf-8", "utf-8-sig", "UTF-16", "utf-16-be", "utf_32_le", "cp1252", "latin9"]:
    export(f"prices-{enc}.csv", enc)
    with open(f"prices-{enc}.csv", encoding=enc) as f:
        rows = [line.rstrip("\n").split(";") for line in f]
    print("  read back:", rows[0], rows[-1], len(rows))

# Latin-1 cannot hold the euro sign: strict raises, the handlers replace.
try:
    export("prices-latin1.csv", "latin-1")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
    print("  ", e.encoding, repr(e.object), e.start, e.end, e.reason)
print(open("prices-latin1.csv", encoding="latin-1").read().count("\n"), "lines were written before the error")
for handler in ["replace", "ignore", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
    export("prices-ascii.csv", "ascii", errors=handler)
    with open("prices-ascii.csv", encoding="ascii") as f:
        print("  ", handler, "->", f.readlines()[-1].strip())

# Reading a file with the wrong codec.
with open("menu.txt", "wb") as f:
    f.write("Entrée: soupe\nPlat: bœuf\n".encode("cp1252"))
try:
    with open("menu.txt", encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
    print("  ", e.encoding, e.object[:8], e.start, e.end, e.reason)
for handler in ["replace", "ignore", "backslashreplace", "strict"]:
    try:
        with open("menu.txt", encoding="utf-8", errors=handler) as f:
            print("  ", handler, repr(f.readline()), repr(f.readline()))
    except UnicodeDecodeError as e:
        print("  ", handler, "raised", e)
with open("menu.txt", encoding="cp1252") as f:
    print("cp1252:", f.read().splitlines())
with open("menu.txt", encoding="windows-1252") as f:
    print("windows-1252:", f.readline().strip(), f.encoding)

# utf-8-sig skips a byte order mark and reads plain UTF-8 too.
with open("bom.txt", "wb") as f:
    f.write(b"\xef\xbb\xbfname,city\nZo\xc3\xab,Li\xc3\xa8ge\n")
print(repr(open("bom.txt", encoding="utf-8").readline()))
print(repr(open("bom.txt", encoding="utf-8-sig").readline()))
print(repr(open("prices-utf-8.csv", encoding="utf-8-sig").read(5)))

# UTF-16 picks its byte order from the mark; appending writes no second mark.
with open("log16.txt", "w", encoding="utf-16") as f:
    f.write("first\n")
with open("log16.txt", "a", encoding="utf-16") as f:
    f.write("second\n")
data = open("log16.txt", "rb").read()
print(data.count(b"\xff\xfe"), len(data))
print(open("log16.txt", encoding="utf-16").read().split())
with open("be16.txt", "wb") as f:
    f.write("\ufeffbig endian ✓\n".encode("utf-16-be"))
print(repr(open("be16.txt", encoding="utf-16").read()))

# Multi-byte characters split across the reader's chunks.
line = "ÆØÅ → 日本語 → 🐍 end\n"
with open("big.txt", "w", encoding="utf-8") as f:
    for i in range(1500):
        f.write(f"{i:04d} {line}")
print(os.path.getsize("big.txt"))
for enc_name in ["utf-8"]:
    with open("big.txt", encoding=enc_name) as f:
        chunks = []
        while True:
            piece = f.read(777)
            if not piece:
                break
            chunks.append(piece)
    text = "".join(chunks)
    print(len(chunks), len(text), text.count("🐍"), text.count("日本語"), text[-30:])
with open("big.txt", encoding="utf-8") as f:
    lines = f.readlines()
print(len(lines), lines[0], lines[-1], end="")
with open("big.txt", "w", encoding="utf-16-le") as f:
    f.write(line * 1000)
with open("big.txt", encoding="utf-16-le") as f:
    n = sum(1 for ln in f if ln == line)
print(n)
with open("big.txt", "w", encoding="utf-32") as f:
    f.write(line * 700)
with open("big.txt", encoding="utf-32") as f:
    print(len(f.read(5000)), len(f.read()))

# Errors in open() itself.
for kwargs in [{"encoding": "klingon"}, {"encoding": 8}, {"errors": 8}, {"newline": "x"}]:
    try:
        open("prices-utf-8.csv", **kwargs)
    except (LookupError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
for kwargs in [{"encoding": "utf-8"}, {"errors": "ignore"}, {"newline": ""}]:
    try:
        open("prices-utf-8.csv", "rb", **kwargs)
    except ValueError as e:
        print(type(e).__name__, e)
with open("prices-utf-8.csv", "r", encoding="utf-8", errors="bogus") as f:
    print("unknown handler not needed:", f.readline().strip(), f.errors)
with open("menu.txt", encoding="ascii", errors="bogus") as f:
    try:
        f.read()
    except LookupError as e:
        print("LookupError", e)
print(open("x.txt", "w").encoding, open("x.txt", encoding="locale").encoding, repr(open("x.txt", encoding="Latin-1")))

# A bad byte far into a file: the error's position counts from the start
# of the chunk the reader was decoding, as CPython's does.
with open("bad.txt", "wb") as f:
    f.write(b"x" * 9 + b"\n")
    f.write(("é" * 4999 + "\n").encode() + b"ab\xffcd\n" + b"z\n" * 10)
for how in ["readline", "read", "read(100)", "for"]:
    f = open("bad.txt", encoding="utf-8")
    n = 0
    try:
        if how == "readline":
            while f.readline():
                n += 1
        elif how == "read":
            f.read()
        elif how == "read(100)":
            while f.read(100):
                n += 1
        else:
            for line in f:
                n += 1
    except UnicodeDecodeError as e:
        print(how, n, e, len(e.object))
    f.close()
