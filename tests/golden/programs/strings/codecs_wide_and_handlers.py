# UTF-16/UTF-32 (with and without byte order marks), utf-8-sig, codec aliases, and
# the decode error handlers with UnicodeDecodeError's attributes.
samples = ["héllo", "€uro", "𝄞 clef", ""]
for enc in ["utf-16", "utf-16-le", "UTF-16BE", "utf-32", "utf_32_le", "utf-32-be", "utf-8-sig", "U8", "latin", "646"]:
    for s in samples:
        try:
            b = s.encode(enc)
            print(enc, repr(s), b, b.decode(enc) == s)
        except UnicodeError as e:
            print(enc, repr(s), type(e).__name__, e)
for data, enc in [(b"abc", "utf-16"), (b"\xfe\xffab", "utf-16"), (b"\x00\xd8a\x00", "utf-16-le"), (b"\x00\xdca\x00", "utf-16-le"),
                  (b"\x00\xd8", "utf-16-le"), (b"\xff\xfe\x00\x00\x00\x00\x11\x00", "utf-32"), (b"\x00\xd8\x00\x00", "utf-32-le"),
                  (b"abcde", "utf-32"), (b"\x00\x00\xfe\xff\x00\x00\x00A", "utf-32"), (b"\xef\xbb\xbf\xff", "utf-8-sig")]:
    for errors in ["strict", "replace", "ignore", "backslashreplace"]:
        try:
            print(data, enc, errors, repr(data.decode(enc, errors)))
        except UnicodeDecodeError as e:
            print(data, enc, errors, "UnicodeDecodeError:", e, e.start, e.end, e.reason)
print(b"a\xffb\xc3".decode("utf-8", "backslashreplace"), b"caf\xe9".decode("ascii", errors="backslashreplace"))
print(str(b"\xff\xfeh\x00i\x00", "utf-16"), bytes("hi", "utf-32-be"), "x".encode(encoding="UTF_16LE"))
