docs = {
    1: "python runs bytecode on a virtual machine",
    2: "rust compiles to machine code",
    3: "a virtual machine runs python code",
}
index = {}
for doc_id, text in docs.items():
    for pos, word in enumerate(text.split()):
        index.setdefault(word, []).append((doc_id, pos))

def search(*words):
    sets = [set(d for d, _ in index.get(w, [])) for w in words]
    result = sets[0]
    for s in sets[1:]:
        result = result & s
    return sorted(result)

print(search("machine"), search("python", "code"), search("rust", "python"), search("nothing"))
for word in sorted(index)[:6]:
    print(word, index[word])
