def clean(s):
    return "".join(ch.lower() for ch in s if ch.isalnum())

phrases = ["A man, a plan, a canal: Panama", "race a car", "No 'x' in Nixon", "", "Was it a car or a cat I saw?"]
for p in phrases:
    c = clean(p)
    print(repr(p), c == c[::-1])

def longest_palindrome(s):
    best = ""
    for center in range(len(s)):
        for lo, hi in ((center, center), (center, center + 1)):
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                lo, hi = lo - 1, hi + 1
            if hi - lo - 1 > len(best):
                best = s[lo + 1:hi]
    return best

print(longest_palindrome("forgeeksskeegfor"), longest_palindrome("abacdfgdcaba"))
