s = "Hello, World! héllo"
print(s.split(), s.split(",", 1), s.rsplit(" ", 1), "a,b,,c".split(","), "  a  b ".split(" "), "a\nb\r\nc\n".splitlines(), "a\nb\n".splitlines(True))
print(s.partition(", "), s.rpartition("l"), s.partition("zz"), s.casefold(), s.swapcase(), s.title(), "hello world".capitalize())
print(s.find("l"), s.rfind("l"), s.index("World"), s.count("l"), s.count(""), s.startswith(("He", "x")), s.endswith("llo", 0, 5))
print(s.replace("l", "L", 2), s.center(30, "*"), s.ljust(25, "."), s.rjust(25), "42".zfill(5), "-42".zfill(6), "+4".zfill(4))
print(" x ".strip(), "xxhixx".strip("x"), "  hi".lstrip(), "hi  ".rstrip(), "www.example.com".removeprefix("www."), "a.py".removesuffix(".py"))
print("abc".isalpha(), "123".isdigit(), "½".isnumeric(), "²".isdecimal(), "ab12".isalnum(), " \t".isspace(), "Title Case".istitle(), "ABC".isupper(), "_x1".isidentifier(), "".isalpha())
print("tab\tsep".expandtabs(4), "a\tbc\td".expandtabs(), repr("\x00\x7f\u200b\U0001f600"), ascii("ñ😀"), "ß".upper(), "İ".lower(), len("İ".lower()))
print("{:>8}".format("é"), "%-5s|" % "ü", "abc"[::-1], "abcdef"[1:5:2], "abc" * 3, "-".join("abc"), ", ".join(map(str, [1, 2, 3])))
t = str.maketrans({"a": "1", "b": None}); print("abcab".translate(t), "hello".translate(str.maketrans("el", "ip")), str.maketrans("ab", "cd", "e"))
print("%s is %d years" % ("Al", 30), "%(x)s" % {"x": 1}, "{!r:>6}".format("a"), "a{{b}}c".format(), f"{{literal}}")
print(sorted("banana"), sorted(set("banana")), max("apple", "pear", key=len), min(["b", "A", "c"], key=str.lower))
print("ab" < "abc", "B" < "a", "é" > "z", ord("€"), chr(8364), "\N{BULLET}", "\u00e9" == "é")
b = b"hello \xff"
print(b, b.hex(), bytes.fromhex("de ad be ef"), b.upper(), b.split(), b[0], b[-1:], list(b[:3]), b.decode("latin-1"), b.find(b"l"))
print(bytearray(b"abc") + b"d", bytes(3), bytes([65, 66]), b"a,b".split(b","))
print(b"abc".startswith(b"a"), b" x ".strip(), b"x" * 3, bytes(range(5)), b"\x00\x01".hex(":"), "é".encode())
print(b"caf\xc3\xa9".decode(), b"\xff".decode("utf-8", "replace"), b"\xff".decode("utf-8", "ignore"), "é".encode("ascii", "replace"), "é".encode("ascii", "xmlcharrefreplace"), "é".encode("ascii", "backslashreplace"))
for bad in [lambda: "abc".index("z"), lambda: "a".join([1]), lambda: "x".replace(1, 2), lambda: "ab".split(None, "1"), lambda: b"\xff".decode(), lambda: "é".encode("ascii"), lambda: "abc"[5], lambda: "abc".center(5, "ab"), lambda: "x" * 1.5, lambda: "a" < 1, lambda: "%d" % "x", lambda: "%s %s" % "a", lambda: "{0}".format(), lambda: "{a}".format(b=1), lambda: "{:d}".format("x"), lambda: "{:s}".format(1), lambda: format(1.5, "d"), lambda: "x".zfill("a"), lambda: "abc".startswith(1), lambda: str(b"x", "nope"), lambda: bytes.fromhex("zz"), lambda: "%c" % 1114112, lambda: int("12a"), lambda: int("", 10), lambda: float(""), lambda: "abc".count(), lambda: ord(""), lambda: "a".encode(5)]:
    try:
        print(repr(bad()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(str(b"bytes"), str(b"x", "ascii"), repr(bytearray(b"q")), "a" "b" 'c', r"\n", len("\N{GREEK SMALL LETTER ALPHA}"))
print("a b c".split(maxsplit=1), "x".join(["1", "2"]), "Hello".encode().decode(), "%.2f%%" % 99.5, "%5s|%-5s|" % ("ab", "cd"), "%x %X %#x" % (255, 255, 255))
print(f"{'nested ' + f'{1+1}'}", f"{3!r:>4}", f"{'x'=}", f"{1+2=}", f"{ 7 = }", f"{3.14159=:.2f}")
