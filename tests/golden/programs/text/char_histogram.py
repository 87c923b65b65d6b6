# A vertical histogram of letter frequencies.
TEXT = "the five boxing wizards jump quickly while the lazy dog sleeps in the sun"
freq = {}
for ch in TEXT:
    if ch.isalpha():
        freq[ch] = freq.get(ch, 0) + 1
letters = sorted(freq)
peak = max(freq.values())
for level in range(peak, 0, -1):
    print(f"{level:>2} " + "".join("#" if freq[ch] >= level else " " for ch in letters))
print("   " + "".join(letters))
missing = [ch for ch in "abcdefghijklmnopqrstuvwxyz" if ch not in freq]
print("missing:", missing or "none")
vowels = sum(freq.get(v, 0) for v in "aeiou")
print(f"vowels {vowels}, consonants {sum(freq.values()) - vowels}")
print("most common:", sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print("ord/chr:", [ord(c) for c in "az"], chr(ord("a") + 25), "".join(chr(i) for i in range(65, 71)))
