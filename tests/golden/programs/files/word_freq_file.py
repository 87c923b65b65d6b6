text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity"""
with open("book.txt", "w") as f:
    f.write(text)

counts = {}
with open("book.txt") as f:
    for line in f:
        for word in line.lower().replace(",", " ").split():
            counts[word] = counts.get(word, 0) + 1
for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6]:
    print(f"{word:>8} {n}")
with open("report.txt", "w") as out:
    for word in sorted(counts):
        out.write(f"{word},{counts[word]}\n")
with open("report.txt") as f:
    lines = f.read().splitlines()
print(len(lines), lines[0], lines[-1])
