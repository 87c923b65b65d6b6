# Dicts: insert, lookup, update with int and str keys.
d = {}
for i in range(200_000):
    d[i] = i * 2
hits = 0
for i in range(0, 400_000, 2):
    if i in d:
        hits += d[i]
words = {}
for i in range(200_000):
    key = "k" + str(i % 5000)
    words[key] = words.get(key, 0) + 1
print(hits, len(words), words["k42"])
