text = "the cat sat on the mat the cat ran"
seen = set()
order = []
for w in text.split():
    if w not in seen:
        seen.add(w)
        order.append(w)
print(order)
print(len(seen), sorted(seen))
vowels = set("aeiou")
print(sorted(w for w in seen if set(w) & vowels == {"a"}))
print(sorted(set("programming") - set("gaming")))
