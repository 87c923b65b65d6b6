"""Encoding an upload: base64 for the JSON body, hex for the digest line,
CRC-32 for a quick integrity check."""
import base64
import binascii

payload = "Grüße, world! ✓".encode()
for data in (b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", payload, bytes(range(256))[:40]):
    enc = base64.b64encode(data)
    assert base64.b64decode(enc) == data
    print(enc, base64.urlsafe_b64encode(data), base64.b32encode(data), base64.b16encode(data))
print(base64.b64decode("aGVs bG8=\n"), base64.b64decode(b"aGVsbG8"+b"=="), base64.standard_b64decode("Zm9v"))
print(base64.urlsafe_b64decode("-_-_"), base64.b64encode(b"\xfb\xff", altchars=b"-_"))
print(base64.b32decode("MZXW6YTBOI======"), base64.b16decode("666F6F"), base64.b16decode("666f6f", casefold=True))
print(base64.a85encode(b"hello world"), base64.b85encode(b"hello world"), base64.b85decode(base64.b85encode(payload)) == payload)
print(base64.encodebytes(b"x" * 60).decode().splitlines())
for bad in ("abc", "a", "ab!c", "YQ==YQ=="):
    try:
        print(repr(bad), base64.b64decode(bad))
    except binascii.Error as e:
        print(repr(bad), "Error:", e)
try:
    base64.b64decode("ab!c", validate=True)
except binascii.Error as e:
    print("Error:", e)
print(binascii.hexlify(payload[:6]), binascii.hexlify(b"\x01\x02\x03", "-"), binascii.unhexlify("cafe"), binascii.a2b_hex(b"00ff"))
for bad in ("abc", "zz"):
    try:
        binascii.unhexlify(bad)
    except binascii.Error as e:
        print("Error:", e)
print(binascii.crc32(b"hello world"), binascii.crc32(b" world", binascii.crc32(b"hello")), hex(binascii.crc32(payload)))
print(binascii.b2a_base64(b"hi"), binascii.b2a_base64(b"hi", newline=False), binascii.a2b_base64("aGk="))
print(issubclass(binascii.Error, ValueError))
