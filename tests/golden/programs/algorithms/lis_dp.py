# Longest increasing subsequence (patience sorting) and max subarray (Kadane).
def lis(xs):
    tails, tails_idx, prev = [], [], [None] * len(xs)
    for i, x in enumerate(xs):
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if tails[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        if lo > 0:
            prev[i] = tails_idx[lo - 1]
        if lo == len(tails):
            tails.append(x)
            tails_idx.append(i)
        else:
            tails[lo] = x
            tails_idx[lo] = i
    out = []
    i = tails_idx[-1] if tails_idx else None
    while i is not None:
        out.append(xs[i])
        i = prev[i]
    return out[::-1]


def kadane(xs):
    best, best_range = xs[0], (0, 1)
    cur, start = 0, 0
    for i, x in enumerate(xs):
        if cur <= 0:
            cur, start = x, i
        else:
            cur += x
        if cur > best:
            best, best_range = cur, (start, i + 1)
    return best, best_range


seqs = [
    [10, 9, 2, 5, 3, 7, 101, 18],
    [0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15],
    [5, 4, 3, 2, 1],
    [-2, 1, -3, 4, -1, 2, 1, -5, 4],
]
for s in seqs:
    best, (a, b) = kadane(s)
    print(f"lis={lis(s)} max_sub={best} at {s[a:b]}")
