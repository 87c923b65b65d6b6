import re

def show(*args):
    print(*[repr(a) for a in args])

tests = [
    (r"(a|b)*c", "ababc"), (r"(?:(a)|b)*", "ab"), (r"(a*)*", "aaa"), (r"(a*)+", "b"),
    (r"(a|ab)(c|bcd)(d*)", "abcd"), (r"^(\w+)\s*=\s*(.*)$", "key = some value\n"),
    (r"x*", "xxxyxx"), (r"(?i)hello", "HeLLo world"), (r"\bfoo\b", "a foo b"),
    (r"(?<=\$)\d+", "cost $42"), (r"(?<!\$)\b\d+", "cost $42 or 17"), (r"\d+(?=%)", "50% off 20"),
    (r"(?P<year>\d{4})-(?P<mon>\d\d)", "on 2023-07-01"), (r"(\w)\1", "hello"), (r"(?P<q>['\"]).*?(?P=q)", "say 'hi' \"x\""),
    (r"a{2,3}", "aaaa"), (r"a{2,3}?", "aaaa"), (r"a{,2}", "aaa"), (r"[^\W\d]+", "ab12cd"), (r"\s+$", "text  \n"),
    (r"(a)?(b)?c", "bc"), (r"(?s).+", "a\nb"), (r".+", "a\nb"), (r"(?m)^\w+$", "one\ntwo\n"), (r"(?x) a  b # comment", "ab"),
    (r"[a-c-]+", "ab-c"), (r"[\d.]+", "v1.2.3"), (r"(?:ab)+", "ababab"), (r"(a+)(?(1)b|c)", "aab"), (r"\Aab\Z", "ab"),
    (r"(?>a+)b", "aaab"), (r"a++b", "aaab"), (r"é+", "ééÉ"), (r"(?i)é+", "ééÉ"), (r"\w+", "naïve café"),
    (r"(\d+)-(\d+)|(\w+)", "abc"), (r"", "abc"), (r"$", "abc\n"), (r"(?i)[a-z]+", "HeLLo"), (r"[^a-z]", "abcD"),
]
for pat, s in tests:
    m = re.search(pat, s)
    if m:
        show(pat, m.group(), m.groups(), m.span(), m.lastindex, m.lastgroup)
    else:
        show(pat, None)
    print("  findall:", re.findall(pat, s))

print(re.sub(r"x*", "-", "abxd"))
print(re.sub(r"(?P<w>\w+)", r"<\g<w>>", "hi there"))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"))
print(re.sub(r"a", r"\n", "banana"), repr(re.sub("a", "\\\\", "aa")))
print(re.split(r"\s*,\s*", "a , b,c ,d"), re.split(r"x*", "axbc"), re.split(r"(\d)", "a1b2c", maxsplit=1))
print(re.split(r"\b", "hi there"))
print(re.findall(r"(\w)(\d)?", "a1bc2"))
m = re.match(r"(\d+)\.(\d+)", "3.14 is pi")
print(m.expand(r"int=\1 frac=\2"), m[0], m[1], m.start(2), m.end(2), m.regs)
print(m)
pat = re.compile(r"(?P<k>\w+)=(?P<v>\w+)", re.I | re.M)
print(pat, pat.pattern, pat.flags, pat.groups, pat.groupindex)
print([m.groupdict() for m in pat.finditer("a=1 b=2 c=3")])
print(pat.search("zz x=y", 3), pat.match("zz x=y"), pat.match("zz x=y", 3))
print(re.fullmatch(r"\d{3}-\d{4}", "555-1234"), re.fullmatch(r"\d{3}", "5555"))
print(re.compile(r"\d").sub(lambda m: str(int(m[0]) + 1), "a1b9"))
print(re.subn(r"\s", "", " a b c "))
print(re.escape("1+1=2? (yes)"), re.I, re.I | re.S, repr(re.M), re.NOFLAG)
for bad in [r"(abc", r"a)", r"[a-", r"*a", r"a{2,1}", r"(?P<1>x)", r"\k", r"(?<=a+)b"]:
    try:
        re.compile(bad)
    except re.error as e:
        print("error:", e, "|", e.msg, e.pos)
try:
    re.search("a", 5)
except TypeError as e:
    print(e)
try:
    re.match("(a)", "a").group(3)
except IndexError as e:
    print("IndexError:", e)
print(re.findall(rb"\d+", b"a12b345"), re.sub(rb"[aeiou]", b"*", b"education"))
print(re.compile(rb"X", re.I).findall(b"xXy"))
words = "the cat sat on the mat with the hat".split()
rx = re.compile(r"^[cmh]at$")
print([w for w in words if rx.match(w)])
log = """2024-01-01 10:00:01 ERROR [db] connection lost
2024-01-01 10:00:05 INFO [web] request /index 200
2024-01-01 10:01:00 WARNING [db] slow query 1.5s
2024-01-02 11:00:00 ERROR [web] 500 on /api"""
LINE = re.compile(r"^(?P<date>\S+) (?P<time>\S+) (?P<level>[A-Z]+) \[(?P<src>\w+)\] (?P<msg>.*)$", re.M)
for m in LINE.finditer(log):
    print(f"{m['level']:<8}{m['src']:>4} {m['msg']!r}")
print(len(LINE.findall(log)))
print(re.sub(r"(?m)^", "> ", "a\nb\nc"))
print(re.sub(r"\s+", " ", "  lots   of\t\tspace \n here "))
print(re.match(r"(a|b|c)+?d", "abcd").group(1))
print(re.search(r"(\d+)(?:px|em)?", "width: 100px").group(1))
