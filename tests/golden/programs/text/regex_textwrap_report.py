import re

import string


TEXT = """The quick brown fox jumps over the lazy dog. The dog, being lazy,
did not react! Foxes are quick; dogs are not always lazy.
Email me at john.doe@example.com or jane@test.org before 2024-03-15.
Call 555-1234 or (555) 987-6543.  Prices: $3.50, $12, $0.99."""

words = re.findall(r"[a-zA-Z']+", TEXT.lower())
print(len(words), words[:8])
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for w, n in top:
    print(f"{w:>8}: {'#' * n} ({n})")

emails = re.findall(r"[\w.]+@[\w.]+\.\w+", TEXT)
print(emails)
dates = re.search(r"(\d{4})-(\d{2})-(\d{2})", TEXT)
print(dates.group(0), dates.groups(), dates.start(), dates.end(), dates.span())
m = re.match(r"(?P<first>\w+) (?P<second>\w+)", TEXT)
print(m.group("first"), m["second"], m.groupdict())
phones = re.findall(r"\(?\d{3}\)?[ -]?\d{3}-\d{4}|\d{3}-\d{4}", TEXT)
print(phones)
prices = [float(p) for p in re.findall(r"\$(\d+(?:\.\d+)?)", TEXT)]
print(prices, sum(prices))
print(re.sub(r"\s+", " ", TEXT)[:60])
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "a@b c@d"))
print(re.sub(r"\d+", lambda mo: str(int(mo.group()) * 2), "1 22 333"))
print(re.split(r"[.!?]\s*", "One. Two! Three? Four"))
print(re.split(r"(,)", "a,b,c"))
pat = re.compile(r"^\s*(\w+)\s*=\s*(.*?)\s*$", re.MULTILINE)
cfg = """
 name = strata
version=  0.1
  debug = true
"""
print(dict(pat.findall(cfg)))
for mo in re.finditer(r"\b[A-Z]\w*", TEXT):
    print(mo.group(), mo.start(), end="; ")
print()
print(re.fullmatch(r"\d+", "123") is not None, re.fullmatch(r"\d+", "12a"))
print(re.escape("a.b*c"), re.IGNORECASE | re.MULTILINE)
print(re.findall(r"the", TEXT, flags=re.I))
print(re.subn("o", "0", "foo boo"))

para = " ".join(TEXT.split())
print(textwrap.fill(para, width=40))
print(textwrap.wrap("short text", 4))
print(textwrap.dedent("""\
    indented
      more
    back"""))
print(textwrap.indent("a\nb\n", "> "))
print(textwrap.shorten("The quick brown fox jumps over the lazy dog", width=25))

print(string.ascii_lowercase, string.digits, string.punctuation)
table = str.maketrans("abc", "xyz", "!")
print("aabbcc!!".translate(table))
print("hello world".title(), "Hello World".swapcase(), "hello".capitalize())
print("  pad  ".strip(), "xxhixx".strip("x"), "abc".center(9, "*"), "7".zfill(3), "-7".zfill(4))
print("a,b,,c".split(","), "a b  c".split(), "a,b,c".rsplit(",", 1), "k=v=w".partition("="), "k=v=w".rpartition("="))
print("line1\nline2\r\nline3".splitlines(), "line1\nline2\n".splitlines(True))
print("abc".startswith(("x", "a")), "abc".endswith("bc"), "banana".count("an"), "banana".find("na", 3), "banana".rfind("na"))
print("hello".index("l"), "Hello".casefold(), "ß".upper(), "İ".lower().encode())
print("12".isdigit(), "½".isnumeric(), "abc".isalpha(), "a1".isalnum(), "   ".isspace(), "Title Case".istitle(), "ABC".isupper())
print("{:>10}|{:<10}|{:^10}".format("r", "l", "c"), "{0}{1}{0}".format("a", "b"), "{name}!".format(name="hi"))
print("%s is %d years, %.2f%%, %5s|%-5s|%x %o %e" % ("Bob", 42, 99.5, "r", "l", 255, 8, 12345.678))
print("%(a)s-%(b)03d" % {"a": "x", "b": 7})
print(f"{3.14159:.2f} {42:08b} {255:#x} {1234567:,} {0.25:.1%} {12:+d} {'s':*^7} {1e10:g} {123.456:e}")
print(f"{'nested':{'>'}{12}}", f"{3!r:>4}", f"{'q'!r}")
print("tab\tsep".expandtabs(4), repr("tab\tsep"))
print(" ".join(reversed("one two three".split())), "abc"[::-1])
print("ascii:", ascii("héllo"), "ord/chr:", ord("A"), chr(0x263A))
print(str.join("-", map(str, range(5))))
print("removeprefix:", "prefix_body".removeprefix("prefix_"), "body.txt".removesuffix(".txt"))
