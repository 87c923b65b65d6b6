# find/rfind/count/startswith/endswith with start/end bounds, on ASCII and
# non-ASCII text (indices count characters, not UTF-8 bytes), and
# split/rsplit with and without a separator and maxsplit.
samples = ["", "abc", "héllo wörld", "  a  b\tc\n ", "aaa", "ab,cd,,ef,", "日本語の文字列日本", "x\u3000y\u2028z "]
subs = ["", "a", "aa", "ö", "日本", ",", " "]
bounds = [(None, None), (1, 3), (-3, None), (2, -1), (5, 2), (100, None), (-100, 100)]
for s in samples:
    for t in subs:
        rows = []
        for b, e in bounds:
            rows.append((s.find(t, b, e), s.rfind(t, b, e), s.count(t, b, e),
                         s.startswith(t, b, e), s.endswith(t, b, e), s.endswith((t, "q"), b, e)))
        print(repr(s), repr(t), rows)
    for sep in [None, ",", " ", "a", "aa", "日本"]:
        print(repr(s), repr(sep), [(s.split(sep, m), s.rsplit(sep, m)) for m in (-1, 0, 1, 2)])
    print(s.upper(), s.lower(), s.removeprefix("a"), s.removesuffix("c"))

print("-".join(["a", "b"]), repr("".join([])), ",".join(("x",)), "é".join("abc"), ",".join(x for x in "xyz"))
for bad in [[1], ["a", 2], ("a", None)]:
    try:
        ",".join(bad)
    except TypeError as e:
        print(e)
for call in [lambda: "abc".endswith(("a", 1)), lambda: "abc".endswith(1), lambda: "abc".split(1),
             lambda: "abc".strip(1), lambda: "abc".split(""), lambda: "abc".rsplit("")]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print(str(0), str(-5), str(2**63 - 1), str(-2**63), str(10**30), str(True), str(None), str(1.5))
s = "hello"
print(s.removeprefix("z") is s, s.removesuffix("") is s, s.removeprefix("he"))


class S(str):
    pass


x = S("hello")
print(x.upper(), type(x.upper()), x.endswith("lo"), x.split("l"), type(x.removeprefix("z")), type(str(x)))
