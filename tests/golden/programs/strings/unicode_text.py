# Unicode strings: lengths, case mapping, encoding to bytes, normalised compare.
words = ["café", "naïve", "Straße", "ΣΊΣΥΦΟΣ", "日本語", "emoji 🙂", "İstanbul"]
for w in words:
    b = w.encode("utf-8")
    print(f"{w!r:>14} len={len(w):>2} bytes={len(b):>2} upper={w.upper()!r} lower={w.lower()!r}")
print("Straße".casefold() == "STRASSE".casefold(), "ß".upper(), "ﬁ".upper())
print([hex(ord(c)) for c in "é🙂"], chr(0x1F600), "\u00e9" == "é", "\N{GREEK SMALL LETTER ALPHA}")
print("héllo".encode("utf-8"), "héllo".encode("latin-1"), b"h\xc3\xa9llo".decode())
print("abc".encode("ascii"), "héllo".encode("ascii", errors="replace"), "héllo".encode("ascii", "ignore"))
try:
    "héllo".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print("x".isidentifier(), "2x".isidentifier(), "٣".isdigit(), "٣".isdecimal(), "½".isnumeric(), "Ⅻ".isnumeric())
print(ascii("日本"), repr("tab\there"), repr("quote'"), repr('both\'"'), "A\u0301" == "Á")
print(sorted(["b", "A", "a", "B", "é", "e"]), sorted(["b", "A", "a", "B"], key=str.lower))
