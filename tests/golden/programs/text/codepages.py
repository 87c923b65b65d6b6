# Moving text between old code pages: a bank statement exported by a
# Windows tool (cp1252), a Linux mailer (latin-9) and a DOS report (cp437).
statement = "Solde: 1 250,00 € — café, crème brûlée, œuvres “choisies”"
for enc in ["cp1252", "windows-1252", "latin9", "ISO-8859-15", "iso_8859_15", "L9"]:
    data = statement.encode(enc, errors="replace")
    print(f"{enc:12} {len(data):3} {data[-22:]!r}")
    print(" " * 12, data.decode(enc) == statement, data.decode(enc)[-20:])

# Bytes that a code page leaves undefined.
for raw, enc in [(b"Total \x81 ok", "cp1252"), (b"\x8d\x8f\x90\x9d", "cp1252"), (b"ok", "cp1252")]:
    try:
        print(repr(raw.decode(enc)))
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
        print("  ", e.args, e.start, e.end)
    for handler in ["replace", "ignore", "backslashreplace"]:
        print("  ", handler, repr(raw.decode(enc, handler)))

# Characters a code page lacks: the whole run is reported.
for text, enc in [("Ωμέγα ok", "cp1252"), ("price: 5€", "latin-1"), ("smile ☺☺!", "ascii"), ("Ā", "iso8859_15")]:
    try:
        text.encode(enc)
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e)
        print("  ", e.encoding, repr(e.object), e.start, e.end, e.reason)
    for handler in ["replace", "ignore", "xmlcharrefreplace", "backslashreplace", "namereplace"]:
        print("  ", handler, text.encode(enc, handler))

# A DOS box-drawing report and a Cyrillic mail.
box = bytes([0xC9, 0xCD, 0xCD, 0xBB, 0x0A, 0xBA, 0x9B, 0xBA, 0x0A, 0xC8, 0xCD, 0xCD, 0xBC])
print(box.decode("cp437"))
print(box.decode("IBM437") == box.decode("437"), "╔═╗".encode("cp437"), "Ünïcödé".encode("cp850"))
print("Привет, мир".encode("koi8-r"), "Привет".encode("cp1251"), b"\xf0\xd2\xc9\xd7\xc5\xd4".decode("koi8_r"))
print("Łódź Żółć".encode("iso8859-2"), "Łódź".encode("cp1250"), "café".encode("mac-roman"), b"caf\x8e".decode("macintosh"))

# Names CPython does not know, or that are no text codec.
for name in ["cp-1252", "latin-9", "ebcdic-klingon", "utf-8-sig"]:
    try:
        print(name, "ok", "é".encode(name))
    except LookupError as e:
        print("LookupError:", e)

# Error handler names are checked only when needed.
print("plain".encode("cp1252", "no-such-handler"))
for call in [lambda: "€uro".encode("latin-1", "no-such-handler"),
             lambda: "Ā".encode("cp1252", "no-such-handler"),
             lambda: b"\x81".decode("cp1252", "no-such-handler"),
             lambda: b"\xff".decode("utf-8", "no-such-handler"),
             lambda: b"\xff".decode("ascii", "xmlcharrefreplace")]:
    try:
        call()
    except (LookupError, TypeError) as e:
        print(type(e).__name__, e)

# Exceptions made by the program read the same way.
e = UnicodeDecodeError("cp1252", b"ab\x81\x8d", 2, 4, "character maps to <undefined>")
print(e, "|", e.object, e.start, e.end)
e = UnicodeEncodeError("ascii", "naïve", 2, 3, "ordinal not in range(128)")
print(e, "|", repr(e), e.reason)
try:
    raise UnicodeEncodeError("charmap", "\U0001f600", 0, 1, "character maps to <undefined>")
except UnicodeError as err:
    print(isinstance(err, ValueError), err)

# str() of bytes with an encoding, and bytes() of text.
print(str(b"caf\xe9", "cp1252"), str(b"caf\xe9", encoding="latin-1", errors="strict"), bytes("café", "cp1252"))

# The codecs registry knows the same codecs.
import codecs
for name in ["Windows-1252", "latin9", "IBM437", "koi8-r", "macintosh", "utf-16-le", "utf-8-sig", "L1"]:
    info = codecs.lookup(name)
    print(f"{name:13} {info.name:11} {info.encode('Zoe')} {info.decode(b'ok')}")
print(codecs.encode("€", "cp1252"), codecs.decode(b"\xa4", "iso8859_15"), codecs.decode(b"\x80", "cp1252"))
