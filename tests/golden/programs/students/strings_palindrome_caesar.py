import string
from collections import Counter, defaultdict

def is_palindrome(s):
    cleaned = "".join(ch.lower() for ch in s if ch.isalnum())
    return cleaned == cleaned[::-1]

def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isupper():
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        elif ch.islower():
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        else:
            out.append(ch)
    return "".join(out)

def anagram_groups(words):
    groups = defaultdict(list)
    for w in words:
        groups["".join(sorted(w.lower()))].append(w)
    return [g for g in groups.values() if len(g) > 1]

def count_vowels(s):
    vowels = "aeiouAEIOUáéíóúàèìòùäëïöüÄÖÜ"
    return sum(1 for c in s if c in vowels)

for s in ["A man, a plan, a canal: Panama", "racecar", "hello", "", "Was it a car or a cat I saw?", "No 'x' in Nixon"]:
    print(f"{s!r:35} -> {is_palindrome(s)}")

msg = "Hello, World! The quick brown fox."
enc = caesar(msg, 3)
print(enc)
print(caesar(enc, -3))
print(caesar("xyz XYZ", 30))
tbl = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[13:] + string.ascii_lowercase[:13])
print("rot13:", "hello world".translate(tbl))

words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog", "Inlets"]
for g in anagram_groups(words):
    print(sorted(g))

for s in ["Ünïcödé strïng", "héllo wörld", "AEIOU", "rhythm", "crème brûlée"]:
    print(s, count_vowels(s), s.upper(), s.title(), s.casefold(), len(s), s.swapcase())

text = "the cat and the hat and the bat sat on the mat"
c = Counter(text.split())
print(c.most_common(3))
print(c.most_common())
print(sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))
letters = Counter(ch for ch in text if ch.isalpha())
print(letters.most_common(5))
print("".join(sorted(set(text) - {" "})))
print(text.capitalize(), text.count("the"), text.find("hat"), text.rfind("the"), text.index("and"))
print(text.replace("the", "THE", 2))
print(text.split(" ", 3), text.rsplit(" ", 2))
print(" | ".join(w.center(7, "*") for w in text.split()[:4]))
print("abc".zfill(6), "-42".zfill(6), "3.14".rjust(8, "0"), "x".ljust(3) + "|")
print("Hello World".startswith(("He", "x")), "file.txt".endswith(".txt"), "a1".isalnum(), "١٢٣".isdigit(), "½".isnumeric(), "²".isdecimal())
print("  strip me  ".strip(), "xxhixx".strip("x"), "www.example.com".lstrip("w."), "abc\n".rstrip())
print("a,b,,c".split(","), "a b  c".split(), "line1\nline2\r\nline3".splitlines(), "k=v=w".partition("="), "k=v=w".rpartition("="))
s = "Mississippi"
print({ch: s.count(ch) for ch in sorted(set(s))})
print(s[::2], s[-3:], s[1:-1:3], s[::-1], s[100:], s[-100:2])
print(ord("A"), chr(9731), ord("€"), "\u00e9" == "é", "e\u0301" == "é", len("e\u0301"))
words2 = "The Quick brown fox Jumps over the lazy dog".split()
print(sorted(words2), sorted(words2, key=str.lower), sorted(words2, key=len, reverse=True))
print(max(words2, key=len), min(words2), "".join(w[0] for w in words2).upper())
