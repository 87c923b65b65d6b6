# Classical ciphers: Caesar, Vigenere, Atbash, and frequency cracking.
LOWER = "abcdefghijklmnopqrstuvwxyz"


def shift_char(ch, k):
    if ch.islower():
        return LOWER[(LOWER.index(ch) + k) % 26]
    if ch.isupper():
        return shift_char(ch.lower(), k).upper()
    return ch


def caesar(text, k):
    return "".join(shift_char(c, k) for c in text)


def vigenere(text, key, sign=1):
    out, j = [], 0
    for c in text:
        if c.isalpha():
            out.append(shift_char(c, sign * LOWER.index(key[j % len(key)])))
            j += 1
        else:
            out.append(c)
    return "".join(out)


atbash_table = str.maketrans(LOWER + LOWER.upper(), LOWER[::-1] + LOWER[::-1].upper())

plain = "Attack at Dawn, hold the Eastern bridge!"
c3 = caesar(plain, 3)
print(c3)
print(caesar(c3, -3))
v = vigenere(plain, "lemon")
print(v)
print(vigenere(v, "lemon", -1))
print(plain.translate(atbash_table))


def crack(cipher):
    def score(text):
        common = "etaoinshr"
        return sum(text.lower().count(ch) * (9 - i) for i, ch in enumerate(common))

    return max(range(26), key=lambda k: score(caesar(cipher, -k)))


secret = caesar("the quick brown fox jumps over the lazy dog and then sleeps", 11)
k = crack(secret)
print(k, caesar(secret, -k))
