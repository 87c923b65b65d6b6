# Word ladder: shortest transformation between words by BFS over a word list.
WORDS = """cold cord card ward warm word worm wore core care bore bare barm farm form
fort port part pert perk park dark dare date gate game came come cone bone bond""".split()
words = set(WORDS)


def neighbours(word):
    for i in range(len(word)):
        for ch in "abcdefghijklmnopqrstuvwxyz":
            if ch != word[i]:
                cand = word[:i] + ch + word[i + 1:]
                if cand in words:
                    yield cand


def ladder(start, goal):
    prev = {start: None}
    frontier = [start]
    while frontier and goal not in prev:
        nxt = []
        for w in sorted(frontier):
            for n in sorted(neighbours(w)):
                if n not in prev:
                    prev[n] = w
                    nxt.append(n)
        frontier = nxt
    if goal not in prev:
        return None
    path = [goal]
    while prev[path[-1]]:
        path.append(prev[path[-1]])
    return path[::-1]


for a, b in [("cold", "warm"), ("card", "fort"), ("game", "bond"), ("cold", "cold"), ("dark", "zzzz")]:
    path = ladder(a, b)
    print(f"{a} -> {b}: {' > '.join(path) if path else 'no ladder'}")
degree = {w: len(list(neighbours(w))) for w in words}
print(sorted(degree.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
print("isolated:", sorted(w for w, d in degree.items() if d == 0))
