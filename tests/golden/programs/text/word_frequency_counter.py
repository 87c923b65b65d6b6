import re
from collections import Counter, defaultdict
import string

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair. Don't won't can't -- e-mail ‘quotes’ café naïve CAFÉ."""

words = re.findall(r"[a-z']+", TEXT.lower())
counts = Counter(words)
print(len(words), len(counts))
print(counts.most_common(5))
for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
    print(f"{word:>12}: {'#' * n} ({n})")
print(counts["nonexistent"], counts["it"])
letters = Counter(c for c in TEXT.lower() if c.isalpha())
print(letters.most_common(3), sum(letters.values()), letters.total())
a = Counter("abracadabra")
b = Counter("alakazam")
print(a, b)
print(a + b, a - b, a & b, a | b, sep="\n")
print(+Counter(x=-1, y=2), -Counter(x=-1, y=2))
a.subtract(b)
print(a, dict(a))
a.update({"z": 3})
print(sorted(a.elements()), a.most_common()[-2:])
print(Counter({"a": 3, "b": 1}) < Counter({"a": 4, "b": 1}), Counter(a=1) == Counter(a=1, b=0))
by_len = defaultdict(list)
for w in sorted(set(words)):
    by_len[len(w)].append(w)
for k in sorted(by_len):
    print(k, by_len[k])
print(re.split(r"[,.]\s*", "a, b.c,d"), re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"))
print(re.findall(r"(\w)(\d)", "a1 b2 c3"), re.search(r"(?P<y>\d{4})-(?P<m>\d\d)", "on 2024-03-01").groupdict())
m = re.match(r"(\w+)@(\w+)\.com", "user@example.com")
print(m, m.groups(), m.span(2), m.group(0, 1), m[2], m.start(), m.end())
print(re.fullmatch(r"\d+", "123a"), re.escape("a.b*c"), re.compile(r"x+", re.I).pattern)
print(string.punctuation, string.capwords("hello   wORLD foo"))
print(TEXT.translate(str.maketrans("", "", string.punctuation))[:60])
print(re.findall(r"\b\w+é\b", TEXT, flags=re.IGNORECASE), re.findall(r"\w+", "naïve café"))
print(re.subn(r"was", "is", TEXT)[1], re.split(r"(\s)", "a b  c", maxsplit=2))
