# Counting with nested dictionaries: a word co-occurrence matrix.
sentences = [
    "the cat sat on the mat",
    "the dog sat on the log",
    "the cat chased the dog",
    "a dog and a cat",
]
pairs = {}
for s in sentences:
    words = s.split()
    for w1, w2 in zip(words, words[1:]):
        pairs.setdefault(w1, {})
        pairs[w1][w2] = pairs[w1].get(w2, 0) + 1
for w1 in sorted(pairs):
    follow = ", ".join(f"{w2}:{n}" for w2, n in sorted(pairs[w1].items(), key=lambda kv: (-kv[1], kv[0])))
    print(f"{w1:>7} -> {follow}")


def generate(start, length):
    out = [start]
    for _ in range(length - 1):
        nxt = pairs.get(out[-1])
        if not nxt:
            break
        out.append(max(sorted(nxt), key=nxt.get))
    return " ".join(out)


print(generate("the", 6))
print(generate("a", 5))
print(generate("mat", 3))
