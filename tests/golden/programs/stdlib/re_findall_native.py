# re.findall's list made by _sre: groups, unmatched groups, empty matches,
# bytes-likes, a str subclass, non-BMP text, pos and endpos.
import re
class S(str): pass
print(re.findall(r"(a)|(b)", "abc"), re.findall(r"(a)?b", "b ab"), re.findall(r"x*", "axxb"))
print(re.findall(rb"\w+", b"ab cd"), re.findall(rb"(\w)(\w)", bytearray(b"abcd")), re.findall(rb"\d", memoryview(b"a1b2")))
print(re.findall(r"\w+", S("hé 𝔘nicode ok")), type(re.findall(r"\w+", S("x"))[0]).__name__)
print(re.compile(r"\w").findall("abcdef", 2, 4), re.compile(r"\w").findall("abc", 5), re.compile(r"(\d)(x)?").findall("1x2"))
print(re.findall(r"", "ab"), re.findall(r"(?:)", ""), re.findall(r"(\w+)@(\w+)", "a@b c@d"))
