# str methods with Unicode rules and CPython's messages.
s = "Hello, World"
print(s.upper(), s.lower(), s.swapcase(), s.title(), s.casefold(), "ß".upper(), "ΣΑΣ".lower())
print("hello world".capitalize(), "ǆemal".title(), "they're bill's".title())
print(s.find("o"), s.rfind("o"), s.find("o", 5), s.find("o", -3), s.count("l"), s.count(""), s.index("W"))
print(s.startswith(("He", "x")), s.endswith("ld", 0, 12), s.startswith("World", 7))
print("a,b,,c".split(","), "  a  b  ".split(), "a b c".split(None, 1), "a b c".rsplit(None, 1))
print("a,b,c".rsplit(",", 1), "line1\nline2\r\nl3".splitlines(), "x\ny\n".splitlines(True))
print("  pad ".strip(), "xxhixx".strip("x"), "  l".lstrip(), "r  ".rstrip(), "\u2003u\u00a0".strip())
print("ab".center(7, "*"), "ab".center(6), "ab".ljust(5, "-"), "ab".rjust(5), "-42".zfill(6), "+x".zfill(4))
print("a\tbc\td".expandtabs(4), "a-b-c".partition("-"), "a-b-c".rpartition("-"), "abc".partition("z"))
print("aaa".replace("a", "b", 2), "abc".replace("", "-"), "prefix_x".removeprefix("prefix_"), "x.py".removesuffix(".py"))
print("123".isdigit(), "١٢٣".isdecimal(), "½".isnumeric(), "abc".isalpha(), "a1".isalnum(), " \t".isspace())
print("Title Case".istitle(), "UP".isupper(), "low".islower(), "ok_1".isidentifier(), "1x".isidentifier())
print("abc".isascii(), "é".isascii(), "\x07".isprintable(), "".isprintable())
print("-".join(["a", "b", "c"]), "".join([]), "é".encode(), "abc".encode("ascii"))
print("hello".translate(str.maketrans("el", "ip", "o")), "abc".translate({97: "AA", 98: None}))
for expr in ['"abc".index("z")', '"a".join([1])', '"abc".find(1)', '"a b".split("")',
             '"x".center(5, "ab")', '"abc".startswith(1)', '"abc".upper(1)', '"abc".find()',
             '"é".encode("ascii")', '"abc".rindex("q")', '"x".zfill("3")', '"x".replace("a")']:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(hash("") == 0, hash((1, 2)), hash(frozenset([1, 2, 3])), hash(1.5), hash(-1), hash(2**64))
print(hash(range(3)), hash(3+4j), hash(b"") )
