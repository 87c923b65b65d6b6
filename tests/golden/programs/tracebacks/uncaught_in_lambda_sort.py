# An exception inside a key function used by sorted().
people = [("ann", 30), ("bob", None), ("cid", 25)]
print(sorted(people, key=lambda p: p[0]))
print(sorted(people, key=lambda p: p[1] + 0))
