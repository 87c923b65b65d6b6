# Longest common subsequence and Levenshtein distance.
def lcs(a, b):
    dp = [[""] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            if a[i] == b[j]:
                dp[i][j] = a[i] + dp[i + 1][j + 1]
            else:
                x, y = dp[i + 1][j], dp[i][j + 1]
                dp[i][j] = x if len(x) >= len(y) else y
    return dp[0][0]


def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


pairs = [
    ("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution"),
    ("", "abc"), ("same", "same"), ("AGGTAB", "GXTXAYB"),
]
for a, b in pairs:
    print(f"{a!r:12} {b!r:12} lcs={lcs(a, b)!r:8} dist={edit_distance(a, b)}")

words = ["apple", "apply", "ample", "maple", "angle", "apples"]
target = "appel"
ranked = sorted(words, key=lambda w: (edit_distance(w, target), w))
print("closest to", target, "->", ranked[:3])
