# Substring search: naive, Knuth-Morris-Pratt and str.find agree.
def failure(pattern):
    table = [0] * len(pattern)
    k = 0
    for i in range(1, len(pattern)):
        while k and pattern[i] != pattern[k]:
            k = table[k - 1]
        if pattern[i] == pattern[k]:
            k += 1
        table[i] = k
    return table


def kmp_all(text, pattern):
    if not pattern:
        return list(range(len(text) + 1))
    table = failure(pattern)
    out, k = [], 0
    for i, ch in enumerate(text):
        while k and ch != pattern[k]:
            k = table[k - 1]
        if ch == pattern[k]:
            k += 1
        if k == len(pattern):
            out.append(i - k + 1)
            k = table[k - 1]
    return out


def find_all(text, pattern):
    out, start = [], 0
    while True:
        i = text.find(pattern, start)
        if i < 0:
            return out
        out.append(i)
        start = i + 1


text = "abracadabra abracadabra cadabra"
for pat in ["abra", "cad", "a", "zzz", "abracadabra", "bra c"]:
    k, f = kmp_all(text, pat), find_all(text, pat)
    print(f"{pat!r:>15}: {k} agree={k == f} count={text.count(pat)}")
print(failure("aabaaab"), failure("abcabcabd"))
