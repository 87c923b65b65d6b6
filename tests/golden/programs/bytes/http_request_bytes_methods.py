raw = b"GET /index.html HTTP/1.1\r\nHost: example.com\r\nX-Count:  42 \r\n\r\nbody\ttext\n"
head, sep, body = raw.partition(b"\r\n\r\n")
request_line, *header_lines = head.split(b"\r\n")
method, path, version = request_line.split()
headers = {}
for line in header_lines:
    name, _, value = line.partition(b":")
    headers[name.strip().lower()] = value.strip()
print(method, path, version, headers, body.expandtabs(4), body.splitlines(), body.splitlines(keepends=True))
print(raw.splitlines()[:3], b"a\rb\r\nc\x0bd\x1ce".splitlines(), b"  a  b \t c ".split(), b"a b c d".split(None, 2), b"a b c d".rsplit(None, 1), b"a,b,c".rsplit(b",", 1))
print(b"x".center(7, b"*"), b"x".ljust(3), b"x".rjust(4, b"0"), b"42".zfill(5), b"-7".zfill(4), bytearray(b"ab").center(6, b"-"))
print(b"hello".rfind(b"l"), b"hello".rindex(b"l"), b"hello".rfind(b"z"), b"abcabc".rfind(b"b", 0, 3), b"abc".find(b"c"), b"abc".removeprefix(b"a"), b"abc".removesuffix(b"bc"))
print(b"hello world".title(), b"hELLO".swapcase(), b"hello WORLD".capitalize(), b"abc1".isalnum(), b"abc".isalpha(), b"123".isdigit(), b" \t\n".isspace(), b"".isalpha())
print(b"Hello World".istitle(), b"hello".islower(), b"HELLO1".isupper(), b"\xe9".isalpha(), b"\xe9t\xe9".upper(), b"abc".isascii(), b"\x80".isascii(), b"a\xa0b".split())
print(b"k=v=w".partition(b"="), b"k=v=w".rpartition(b"="), b"kvw".partition(b"="), b"kvw".rpartition(b"="), type(bytearray(b"a=b").partition(b"=")[0]).__name__)
print(b"a,b,,c".split(b","), b"a,b,,c".split(b",", maxsplit=1), b"".split(), b"".split(b","), b"abc".split(b"abc"))
for bad in [lambda: b"abc".rindex(b"z"), lambda: b"a".center(3, "x"), lambda: b"a".split(b""), lambda: b"a".partition(b""), lambda: b"a".rfind("a"), lambda: b"a".ljust(3, b"xy")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(b"abcb".find(98), b"abcb".count(b"b"), b"abcb".count(b""), b"abcb".index(b"c", 1, 3), b"aaa".count(b"a", 1), b"abc".find(b"", 5))
for bad in [lambda: b"abc".index(b"z"), lambda: b"a".find(300), lambda: b"a".count("x")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(b"%d-%s" % (5, b"x"), b"%05.1f|%x|%r|%a" % (2.25, 255, "é", b"q"), bytearray(b"%s!") % b"hi", b"%c%c" % (65, b"B"), b"100%%" % ())
print(b"%-6s|%6s|" % (b"ab", bytearray(b"cd")), b"%i %u %o %e" % (1, 2, 8, 1.5), b"%s" % memoryview(b"mv") if False else b"no mv")
for bad in [lambda: b"%s" % "str", lambda: b"%d" % b"x", lambda: b"%s %s" % b"a", lambda: b"%c" % 256, lambda: b"%s" % 5]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
