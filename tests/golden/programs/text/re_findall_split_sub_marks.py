# findall, split and sub over many matches, groups that did not take part,
# empty matches, counts and limits; str.translate over a long text.
import re

text = "alpha  beta,gamma;;delta " * 2000
print(len(re.split(r"[ ,;]+", text)), re.split(r"[ ,;]+", "a, b;c  d")[:5], re.split(r"(,)|(;)", "a,b;c"))
print(re.split(r"\s*", "ab c"), re.split(r"x*", "axbc"), re.split(r"(x)?b", "abxbc"), re.split(r",", "a,b,c", maxsplit=1))
print(len(re.findall(r"\w+", text)), re.findall(r"(a)(x)?", "aab"), re.findall(r"(\w)(\d)?", "a1b"), re.findall(r"", "ab"))
print(re.findall(r"(?P<k>\w+)=(?P<v>\w*)", "a=1 b= c=3"), re.findall(r"a|(b)", "ab"), re.findall(b"\\d+", b"a12b3"))
print(re.sub(r"a", "A", "banana", count=2), re.subn(r"(\w+)@(\w+)", r"\2 at \1", "x@y and p@q"), re.sub(r"x*", "-", "abc"))
print(re.sub(r"(\d+)", lambda m: str(int(m.group(1)) * 2), "3 apples and 12 pears"), re.subn(r"q", "z", "none"))
print(re.sub(r"(?P<word>\w+)", r"<\g<word>>", "hi there"), re.sub(r"(a)|b", r"[\1]", "ab"), re.sub("", "-", "ab"))
long = re.sub(r"(alpha|beta)", r"<\1>", text)
print(long.count("<alpha>"), long[:30], re.subn(r"\s+", " ", text)[1])
table = str.maketrans({"a": "4", "e": "3", "o": None}, )
print("hello world, a test".translate(table), text.translate(str.maketrans("abc", "xyz", ";"))[:40], "abc".translate({97: "AA", 98: None}))


class Missing(dict):
    def __missing__(self, key):
        return ord("?") if key > 120 else None


print("axyz".translate(Missing({97: 65})))
