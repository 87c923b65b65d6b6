# Finding palindromes: whole phrases, longest palindromic substring.
def clean(s):
    return "".join(ch.lower() for ch in s if ch.isalnum())


def is_pal(s):
    c = clean(s)
    return c == c[::-1]


def longest_pal(s):
    best = ""
    for centre in range(2 * len(s) - 1):
        lo, hi = centre // 2, (centre + 1) // 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            lo -= 1
            hi += 1
        cand = s[lo + 1:hi]
        if len(cand) > len(best):
            best = cand
    return best


phrases = [
    "A man, a plan, a canal: Panama",
    "Was it a car or a cat I saw?",
    "No 'x' in Nixon",
    "Hello, world",
    "",
    "Step on no pets",
]
for p in phrases:
    print(f"{p!r:36} {is_pal(p)}")
for s in ["babad", "cbbd", "forgeeksskeegfor", "abacdfgdcaba", "x"]:
    print(s, "->", longest_pal(s))
words = "level noon civic radar rotor kayak python refer stats tenet".split()
pals = [w for w in words if w == w[::-1]]
print(len(pals), "of", len(words), "are palindromes; not:", [w for w in words if w not in pals])
