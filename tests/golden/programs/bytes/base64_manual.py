# Base64 encoding and decoding implemented with bit operations.
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def b64encode(data):
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b"\x00" * (3 - len(chunk)), "big")
        chars = [ALPHABET[(n >> shift) & 63] for shift in (18, 12, 6, 0)]
        if len(chunk) < 3:
            chars[len(chunk) + 1:] = "=" * (3 - len(chunk))
        out.extend(chars)
    return "".join(out)


def b64decode(text):
    text = text.rstrip("=")
    bits = "".join(format(ALPHABET.index(c), "06b") for c in text)
    usable = len(bits) - len(bits) % 8
    return bytes(int(bits[i:i + 8], 2) for i in range(0, usable, 8))


for s in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", "héllo ☃".encode()]:
    enc = b64encode(s)
    print(f"{s!r:<22} {enc:<16} {b64decode(enc) == s}")
print(b64decode("U3RyYXRhIHJ1bnMgUHl0aG9u").decode())
