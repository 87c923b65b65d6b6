# str.find/index/count/startswith on ASCII and non-ASCII text, with
# bounds: positions count characters, whatever their UTF-8 length.
samples = ["plain ascii text, plain", "caf\xe9 cr\xe8me br\xfbl\xe9e caf\xe9", "\U0001f600 smile \U0001f600 again", "\u65e5\u672c\u8a9e\u306e\u6587\u7ae0\u65e5\u672c"]
needles = ["plain", "caf\xe9", "\U0001f600", "\u65e5\u672c", "e", "", "zz"]
for s in samples:
    print(len(s), [s.find(n) for n in needles], [s.rfind(n) for n in needles], [s.count(n) for n in needles])
    for start, end in [(1, None), (-5, None), (2, -2), (3, 3), (50, None), (None, 4)]:
        print("  ", start, end, [s.find(n, start, end) for n in needles[:5]], [s.count(n, start, end) for n in ("e", "")],
              s.startswith(s[2:4], 2), s.endswith(s[-3:-1], None, -1), s.startswith("", start, end))
print("na\xefve".index("\xef"), "na\xefve".rindex("e"), "x\u20acx\u20ac".index("\u20ac", 2))
try:
    "caf\xe9".index("e")
except ValueError as e:
    print("ValueError", e)
big = "\xe9" + "ab" * 50_000 + "needle"
print(big.find("needle"), big.count("ab", 10), big.rfind("a", 0, 1000), big.index("needle", 100_000), big.endswith("needle"))
