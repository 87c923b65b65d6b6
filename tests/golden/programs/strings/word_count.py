text = """The quick brown fox jumps over the lazy dog.
The dog barks; the fox runs away!
A quick brown dog? No -- a quick red fox."""

counts = {}
for line in text.splitlines():
    for raw in line.split():
        word = raw.strip(".,;!?-").lower()
        if word:
            counts[word] = counts.get(word, 0) + 1

top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for word, n in top:
    print(f"{word:<6}{n:>3} {'*' * n}")
print("distinct:", len(counts), "total:", sum(counts.values()))
print("longest:", max(counts, key=lambda w: (len(w), w)))
