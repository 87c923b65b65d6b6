# The matcher's backtracking across attempts, lookarounds and atomic groups
# (one shared stack), and the classes \w \d \s on ASCII and beyond.
import re

print(re.findall(r"(?=(\w\w))", "abcd"))
print(re.findall(r"(?<=a)b+(?!c)", "abbbc ab abbd"))
print(re.search(r"(?>a+)b|a+c", "aaac").group())
print(re.search(r"(a|ab)(c|bcd)(d*)", "abcd").groups())
print(re.findall(r"(\w+)@(\w+)\.com", "x a@b.com, long.name@host.com c@d.org e@f.com"))
print(re.findall(r"[\w.]+@\w+\.com", "mail me: first.last@example.com or x@y.com."))
print(re.sub(r"(?<!\d)(\d+)(?=px)", r"<\1>", "10px 20em 300px a4px"))
print([m.span() for m in re.finditer(r"\b\w", "héllo wörld_1 ١٢٣ x")])
print(re.findall(r"\d+", "a12 ٣٤ ５６ 7"), re.findall(rb"\d+", b"a12 7"))
print(re.findall(r"\w+", "naïve café_2 ünïcode"), re.findall(r"(?a)\w+", "naïve café"))
print(re.findall(r"\s", "a b\tc\x1cd\x1fe\x85f\u2003g"), re.findall(rb"\s", b"a b\x1cc"))
print(re.findall(r"\S+", "x\x1dy z"), re.findall(r"\W", "a-b_c.d"), re.findall(r"\D", "1a2"))
print(re.fullmatch(r"(?:(a)|b)*", "abab").groups(), re.match(r"(a*)*b", "aaab").span())
print(re.search(r"(x+x+)+y", "x" * 12) is None)
print(re.split(r"(?<=,)", "a,b,,c"), re.findall(r"(?:a(?=b)|.)", "abac"))
