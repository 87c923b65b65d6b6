# Grouping anagrams and finding words that can be built from letters.
WORDS = """listen silent enlist inlets google tinsel banana stone tones notes
onset seton evil vile live veil angel glean angle cat act tac dog""".split()

groups = {}
for w in WORDS:
    groups.setdefault("".join(sorted(w)), []).append(w)

for key in sorted(groups, key=lambda k: (-len(groups[k]), k)):
    if len(groups[key]) > 1:
        print(f"{key:>8}: {' '.join(sorted(groups[key]))}")
singles = sorted(w for g in groups.values() if len(g) == 1 for w in g)
print("no anagram:", singles)


def can_build(word, letters):
    pool = {}
    for ch in letters:
        pool[ch] = pool.get(ch, 0) + 1
    for ch in word:
        if pool.get(ch, 0) == 0:
            return False
        pool[ch] -= 1
    return True


rack = "aelnsgt"
buildable = sorted({w for w in WORDS if can_build(w, rack)}, key=lambda w: (-len(w), w))
print(f"from {rack!r}:", buildable)
