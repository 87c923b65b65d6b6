def encode(s):
    if not s:
        return []
    out, prev, n = [], s[0], 1
    for ch in s[1:]:
        if ch == prev:
            n += 1
        else:
            out.append((prev, n))
            prev, n = ch, 1
    out.append((prev, n))
    return out

def to_text(pairs):
    return "".join(f"{n}{c}" if n > 1 else c for c, n in pairs)

def decode(text):
    out, num = [], ""
    for ch in text:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num or "1"))
            num = ""
    return "".join(out)

for s in ["aaabccddddde", "abc", "", "zzzzzzzzzzzz"]:
    t = to_text(encode(s))
    print(repr(s), "->", repr(t), decode(t) == s)
