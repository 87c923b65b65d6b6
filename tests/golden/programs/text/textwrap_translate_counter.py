import textwrap
import string
from collections import Counter


TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""

words = TEXT.lower().translate(str.maketrans("", "", string.punctuation)).split()
counts = Counter(words)
print(counts.most_common(5))
print(len(words), len(counts), sorted(w for w, c in counts.items() if c == 1)[:6])
print(textwrap.fill(TEXT, width=50))
print(textwrap.fill(TEXT, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(TEXT, width=60, placeholder=" [...]"))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious", 10, break_long_words=False))
print(repr(textwrap.dedent("""
    def f():
        return 1
  # comment
""")))
print(textwrap.indent("a\n\nb\n", "> "), end="")
print(textwrap.indent("a\n\nb\n", "> ", lambda line: True), end="")
w = textwrap.TextWrapper(width=30, max_lines=3, placeholder="...")
print(w.wrap(TEXT))
print(textwrap.fill("a\tb\tc", expand_tabs=True, width=20, tabsize=4))

rot13 = str.maketrans(string.ascii_lowercase + string.ascii_uppercase,
                      string.ascii_lowercase[13:] + string.ascii_lowercase[:13]
                      + string.ascii_uppercase[13:] + string.ascii_uppercase[:13])
secret = "Hello, World!".translate(rot13)
print(secret, secret.translate(rot13))
table = str.maketrans({"a": "4", "e": "3", "o": None, "l": "|_"})
print("hello elephant".translate(table), table)
print(string.capwords("hello   world-wide web"), "hello world".title(), "o'neil's".title())
print(string.Template("$who likes ${what}s").substitute(who="tim", what="kung pao"))
try:
    string.Template("$x and $y").substitute(x=1)
except KeyError as e:
    print("KeyError:", e)
print(string.Template("$x and $y").safe_substitute(x=1))
s = "  The Quick  Brown Fox  "
print(s.split(), s.split(" "), s.strip().partition(" "), s.rpartition("o"))
print(s.center(30, "*"), s.strip().swapcase(), s.count("o"), s.find("Q"), s.rfind("x"))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "line1\nline2\r\nline3".splitlines(True))
print("ß".upper(), "ǅ".lower(), "İ".lower(), len("İ".lower()), "ﬁ".upper(), "straße".casefold())
print("abc".zfill(6), "-42".zfill(6), "x".ljust(3, "."), "tab\tbed".expandtabs(4))
print("café".encode(), "café".encode("latin-1"), b"caf\xc3\xa9".decode())
print([c.isalpha() for c in "a1 _é"], "½".isnumeric(), "½".isdigit(), "²".isdigit(), "²".isdecimal())
print("Hello World".startswith(("He", "Wo")), "x.py".endswith((".py", ".txt")), "abc".isidentifier())
acrostic = "".join(line.lstrip()[0] for line in TEXT.splitlines())
print(acrostic, "-".join(reversed(words[:5])), " ".join(w[::-1] for w in words[:4]))
vowels = Counter(c for c in TEXT.lower() if c in "aeiou")
print(sorted(vowels.items()), vowels.most_common()[-1])
print(f"{'|'.join(f'{w:^7}' for w in ['a', 'bb', 'ccc'])}|")
try:
    "abc".encode("ascii").decode("utf-16")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print("é".encode("ascii", "replace"), "é".encode("ascii", "xmlcharrefreplace"), b"\xff".decode("utf-8", "replace"))
print(b"\xff".decode("latin-1"), "é".encode("ascii", "ignore"), b"a\xffb".decode("ascii", "backslashreplace"))
