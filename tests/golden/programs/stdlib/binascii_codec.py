"""Checksums and encodings for a firmware uploader: CRC-32 of each block,
hex for the log, base64 lines for the text protocol (binascii only)."""
import binascii

blocks = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", "Grüße ✓".encode(), bytes(range(40))]
for block in blocks:
    line = binascii.b2a_base64(block)
    assert binascii.a2b_base64(line) == block
    print(line, binascii.b2a_base64(block, newline=False), binascii.hexlify(block), binascii.crc32(block))
print(binascii.crc32(b" world", binascii.crc32(b"hello")) == binascii.crc32(b"hello world"))
print(binascii.hexlify(b"\x01\x02\x03\x04", "-"), binascii.hexlify(b"\x01\x02\x03\x04", b":", 2), binascii.b2a_hex(b"\xff"))
print(binascii.unhexlify("CAFEbabe"), binascii.a2b_hex(b"00ff"), binascii.a2b_base64("aGk=\n"), binascii.a2b_base64("a G k ="))
for bad in ("abc", "a", "ab!c", "YQ==YQ=="):
    try:
        print(repr(bad), binascii.a2b_base64(bad))
    except binascii.Error as e:
        print(repr(bad), "Error:", e)
for bad in ("YQ=!", "=YQ==", "YQ==YQ=="):
    try:
        print(repr(bad), binascii.a2b_base64(bad, strict_mode=True))
    except binascii.Error as e:
        print(repr(bad), "Error:", e)
for bad in ("abc", "zz", "é0"):
    try:
        binascii.unhexlify(bad)
    except (binascii.Error, ValueError) as e:
        print(type(e).__name__, e)
try:
    binascii.hexlify("text")
except TypeError as e:
    print("TypeError:", e)
print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception))
