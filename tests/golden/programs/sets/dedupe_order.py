# Removing duplicates while keeping order, and finding repeats.
emails = ["Ada@x.com", "bob@y.org", "ada@x.com", "cid@z.net", "BOB@y.org", "dee@x.com", "cid@z.net"]
seen = set()
unique = []
for e in emails:
    key = e.lower()
    if key not in seen:
        seen.add(key)
        unique.append(e)
print(unique)
print(list(dict.fromkeys(e.lower() for e in emails)))
counts = {}
for e in emails:
    counts[e.lower()] = counts.get(e.lower(), 0) + 1
print(sorted(k for k, v in counts.items() if v > 1))
domains = {e.split("@")[1].lower() for e in emails}
print(sorted(domains), len(domains))
nums = [4, 1, 4, 2, 1, 5, 9, 2, 6, 5, 3, 5]
first_repeat = next((x for i, x in enumerate(nums) if x in nums[:i]), None)
print("first repeat:", first_repeat, "distinct:", len(set(nums)), sorted(set(nums)))
print(sorted({(min(a, b), max(a, b)) for a in nums for b in nums if a + b == 10 and a != b}))
fs = frozenset(["b", "a"])
lookup = {fs: "pair", frozenset(): "empty"}
print(lookup[frozenset("ab")], lookup[frozenset()], len({fs, frozenset("ba")}))
