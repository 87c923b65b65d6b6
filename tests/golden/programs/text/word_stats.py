# Word statistics over a paragraph: counts, lengths, most common words.
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""

words = [w.strip(".,;:!?").lower() for w in TEXT.split()]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1

print("words:", len(words), "distinct:", len(counts))
print("lines:", len(TEXT.splitlines()), "chars:", len(TEXT))
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for word, n in top:
    print(f"{word:<8}{n:>3} {'#' * n}")
by_len = {}
for w in counts:
    by_len.setdefault(len(w), []).append(w)
for n in sorted(by_len):
    print(n, sorted(by_len[n]))
avg = sum(map(len, words)) / len(words)
print(f"average word length: {avg:.3f}")
longest = max(counts, key=lambda w: (len(w), w))
print("longest:", longest, "| once only:", sorted(w for w, n in counts.items() if n == 1))
