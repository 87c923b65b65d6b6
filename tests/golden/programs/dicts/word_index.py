# Building an inverted index and answering AND/OR queries.
DOCS = {
    1: "the cat sat on the mat",
    2: "the dog chased the cat",
    3: "a bird sat on the fence",
    4: "dogs and cats living together",
    5: "the end",
}
index = {}
for doc_id, text in DOCS.items():
    for pos, word in enumerate(text.split()):
        index.setdefault(word, {}).setdefault(doc_id, []).append(pos)


def docs_with(word):
    return set(index.get(word, {}))


def query(q):
    if " AND " in q:
        parts = q.split(" AND ")
        result = docs_with(parts[0])
        for p in parts[1:]:
            result &= docs_with(p)
    elif " OR " in q:
        result = set()
        for p in q.split(" OR "):
            result |= docs_with(p)
    else:
        result = docs_with(q)
    return sorted(result)


for q in ["cat", "the AND cat", "sat AND on AND fence", "dog OR bird", "unicorn", "the AND unicorn"]:
    print(f"{q!r:>24}: {query(q)}")
print(index["the"])
print(sorted(index, key=lambda w: (-sum(len(p) for p in index[w].values()), w))[:5])
print(len(index), sum(len(d) for d in index.values()))
