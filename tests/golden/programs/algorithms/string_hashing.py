# Rolling hashes: Rabin-Karp search and finding the longest repeated substring.
MOD = (1 << 61) - 1
BASE = 131


def prefix_hashes(s):
    h = [0] * (len(s) + 1)
    p = [1] * (len(s) + 1)
    for i, ch in enumerate(s):
        h[i + 1] = (h[i] * BASE + ord(ch)) % MOD
        p[i + 1] = p[i] * BASE % MOD
    return h, p


def sub_hash(h, p, i, j):
    return (h[j] - h[i] * p[j - i]) % MOD


def rabin_karp(text, pat):
    h, p = prefix_hashes(text)
    target = prefix_hashes(pat)[0][-1]
    n = len(pat)
    return [i for i in range(len(text) - n + 1) if sub_hash(h, p, i, i + n) == target and text[i:i + n] == pat]


def longest_repeat(s):
    h, p = prefix_hashes(s)

    def repeated(n):
        seen = {}
        for i in range(len(s) - n + 1):
            key = sub_hash(h, p, i, i + n)
            if key in seen:
                return s[i:i + n]
            seen[key] = i
        return None

    lo, hi, best = 1, len(s), ""
    while lo <= hi:
        mid = (lo + hi) // 2
        r = repeated(mid)
        if r:
            best, lo = r, mid + 1
        else:
            hi = mid - 1
    return best


text = "the quick brown fox jumps over the lazy dog; the quick red fox"
print(rabin_karp(text, "the"), rabin_karp(text, "fox"), rabin_karp(text, "cat"))
for s in ["banana", "abcdefg", "mississippi", text, "aaaaaa"]:
    print(f"{s[:20]!r:24} -> {longest_repeat(s)!r}")
