# str.replace: one-character and longer patterns, counts, empty patterns,
# non-ASCII text, no match, a subclass receiver.
cases = [("hello world", "o", "0", -1), ("aaaa", "a", "bb", 2), ("aaaa", "aa", "b", -1), ("abc", "", "-", -1), ("abc", "", "-", 2), ("", "", "x", -1), ("", "a", "b", -1),
         ("héllo wörld", "ö", "oe", -1), ("héllo", "l", "", -1), ("x" * 10, "xx", "y", 3), ("abcabc", "bc", "BCD", 0), ("abcabc", "bc", "", -5), ("日本語日本", "日本", "にほん", -1), ("ab", "abc", "x", -1), ("🙂a🙂", "🙂", ":)", 1)]
for s, old, new, n in cases:
    print(repr(s.replace(old, new, n)), repr(s.replace(old, new)))
class S(str): pass
print(type(S("abc").replace("b", "x")).__name__, S("abc").replace("z", "y"))
