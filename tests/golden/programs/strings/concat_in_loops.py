# Building strings with += in loops, while other names still hold the
# earlier strings: every string keeps its own text.
s = ""
kept = []
for i in range(300):
    s += str(i % 10)
    if i % 50 == 0:
        kept.append(s)
print(len(s), s[:20], s[-5:])
print([len(k) for k in kept], kept[2][-3:])

base = "x" * 100
first = base + "one"
second = base + "two"
print(first[-5:], second[-5:], len(base), base == "x" * 100)

t = base
t += "!"
print(len(base), len(t), t is base)

doubled = "ab" * 40
doubled += doubled
print(len(doubled), doubled.count("ab"))

accent = "é" * 70
accent += "ü"
accent += "ß" * 3
print(len(accent), accent[-4:], accent[69:72])

words = ""
for w in "the quick brown fox jumps over the lazy dog".split() * 20:
    words = words + w + " "
print(len(words), words[:24], hash(words) == hash(words[:] + ""))

parts = {}
line = "-" * 70
for n in range(3):
    parts[line + str(n)] = n
print(parts["-" * 70 + "1"], sorted(k[-1] for k in parts))

chars = [c for c in "héllo wörld"]
print(chars, "".join(chars))
print([s[i] for i in range(0, 300, 37)], "abc"[1], "naïve"[2])
