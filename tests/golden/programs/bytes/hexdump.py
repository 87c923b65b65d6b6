# A hexdump of some bytes, like `xxd`.
data = "Hello, Strata!\n\x00\x01\x02 caf\u00e9 \u2603".encode("utf-8") + bytes(range(250, 256))


def hexdump(data, width=16):
    for offset in range(0, len(data), width):
        chunk = data[offset:offset + width]
        hexes = " ".join(f"{b:02x}" for b in chunk)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        print(f"{offset:08x}: {hexes:<{width * 3 - 1}}  {text}")


hexdump(data)
print(len(data), data[:5], data[-1], data[0:1], list(data[7:10]))
print(data.hex()[:20], bytes.fromhex("de ad be ef"), bytes.fromhex("00ff").hex("-"))
checksum = sum(data) % 256
xor = 0
for b in data:
    xor ^= b
print("checksum", checksum, "xor", xor)
print(data.count(b"l"), data.find(b"Strata"), data.startswith(b"Hell"), b"\xe2\x98\x83".decode())
