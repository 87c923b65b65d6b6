# strip and split on their fast paths (ASCII ends, a one-byte separator)
# and beside them the general ones (Unicode spaces, multi-byte separators).


class S(str):
    pass


line = "  alpha, beta ,gamma,delta  "
parts = [p.strip() for p in line.split(",")]
print(parts, "beta" in parts, "gamma" in parts)
for s in ["", " ", "  x  ", "x", "\t\n x \r\x0b\x0c", "\x1c\x1dy\x1e\x1f", "\u3000 é \u2003", " \u00a0z\u00a0 ", "é", "  é", "é  ", "ab"]:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(" é")), repr(s.strip("")))
s = "gamma"
print(s.strip() is s, s.lstrip() is s, s.rstrip("x") is s, type(S(" q ").strip()).__name__, type(S("q").strip()).__name__)
print(S(" q ").strip(), repr(S("q").rstrip()))
for s, sep, n in [("a,b,,c,", ",", -1), (",", ",", -1), ("", ",", -1), ("a,b,c", ",", 0), ("a,b,c", ",", 1), ("a,b,c", ",", 5), ("aébéc", "é", -1), ("a::b::c", "::", 1), ("x\u3000y", "\u3000", -1), ("abc", "b", -1)]:
    print(s.split(sep, n), s.split(sep, maxsplit=n), s.rsplit(sep, n))
print("  a b  ".split(), "a\u3000b".split(), " a b ".split(None, 1))
for bad in [lambda: "a".split(""), lambda: "a".split(1), lambda: "a".strip(1), lambda: str.strip(1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
