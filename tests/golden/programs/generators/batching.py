def batches(it, size):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch

def sliding(xs, n):
    for i in range(len(xs) - n + 1):
        yield xs[i:i + n]

for b in batches(range(10), 4):
    print(b)
print([sum(w) / len(w) for w in sliding([1, 3, 5, 7, 9, 11], 3)])
gen = batches("abcdefg", 3)
print(next(gen), next(gen), next(gen))
try:
    next(gen)
except StopIteration:
    print("exhausted")
