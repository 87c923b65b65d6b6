def shift_char(c, k):
    if c.isupper():
        return chr((ord(c) - 65 + k) % 26 + 65)
    if c.islower():
        return chr((ord(c) - 97 + k) % 26 + 97)
    return c

def caesar(text, k):
    return "".join(shift_char(c, k) for c in text)

msg = "Hello, World! Meet at 10pm."
enc = caesar(msg, 3)
print(enc)
print(caesar(enc, -3))
print(caesar("xyz XYZ", 4))
freq = sorted(((enc.lower().count(ch), ch) for ch in set(enc.lower()) if ch.isalpha()), reverse=True)
print(freq[:3])
