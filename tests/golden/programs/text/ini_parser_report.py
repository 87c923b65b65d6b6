import re
text = """\
[server]
host = example.com
port = 8080
# comment
[client]
retries=3
timeout = 2.5
"""
def parse_ini(src):
    sections = {}
    current = None
    for lineno, raw in enumerate(src.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if m := re.fullmatch(r"\[(\w+)\]", line):
            current = sections.setdefault(m[1], {})
            continue
        key, sep, value = line.partition("=")
        if not sep or current is None:
            raise SyntaxError(f"line {lineno}: {raw!r}")
        value = value.strip()
        for conv in (int, float):
            try:
                value = conv(value)
                break
            except ValueError:
                pass
        current[key.strip()] = value
    return sections
cfg = parse_ini(text)
print(cfg)
for name, sec in sorted(cfg.items()):
    width = max(map(len, sec))
    for k, v in sec.items():
        print(f"{name:>8}.{k:<{width}} = {v!r:>15} ({type(v).__name__})")
words = "the quick brown fox jumps over the lazy dog the end".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top, "%-5s|%5d|" % top[0], "{0[0]}:{0[1]:03}".format(top[1]))
table = [("Name", "Qty", "Price"), ("apple", 3, 1.5), ("kiwi", 12, 0.25)]
for row in table:
    print(" | ".join(f"{c:^7}" if isinstance(c, str) else f"{c:>7.2f}" if isinstance(c, float) else f"{c:>7d}" for c in row))
print(f"{'total':=^23}", f"{sum(r[1] * r[2] for r in table[1:]):>+10.3e}")
parse_ini("[a]\nbroken line\n")
