# Run-length encoding, LZ-style back-references and their round trips.
def rle(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}" if j - i > 1 else s[i])
        i = j
    return "".join(out)


def unrle(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num or 1))
            num = ""
    return "".join(out)


def lz(s, window=16):
    out, i = [], 0
    while i < len(s):
        best = (0, 0)
        for j in range(max(0, i - window), i):
            k = 0
            while i + k < len(s) and s[j + k] == s[i + k] and k < 15:
                k += 1
            if k > best[1]:
                best = (i - j, k)
        if best[1] >= 3:
            out.append(best)
            i += best[1]
        else:
            out.append(s[i])
            i += 1
    return out


def unlz(tokens):
    out = []
    for t in tokens:
        if isinstance(t, tuple):
            back, n = t
            for _ in range(n):
                out.append(out[-back])
        else:
            out.append(t)
    return "".join(out)


for s in ["aaabccddddde", "abc", "", "zzzzzzzzzzzz", "WWWWWWWWWWWWBWWWWWWWWWWWWBBBW"]:
    enc = rle(s)
    print(f"{s!r} -> {enc!r} ok={unrle(enc) == s}")
text = "abcabcabcabcXabcabcabc-to be or not to be"
tokens = lz(text)
print(tokens)
print(unlz(tokens) == text, len(tokens), len(text))
