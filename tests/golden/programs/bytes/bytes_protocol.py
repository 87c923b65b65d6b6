# Packing and unpacking a little binary protocol by hand with int.to_bytes.
def pack(msg_type, payload):
    body = payload.encode("utf-8")
    header = msg_type.to_bytes(1, "big") + len(body).to_bytes(2, "big")
    checksum = (sum(header + body) & 0xFFFF).to_bytes(2, "little")
    return header + body + checksum


def unpack(frame):
    if len(frame) < 5:
        raise ValueError("frame too short")
    msg_type = frame[0]
    length = int.from_bytes(frame[1:3], "big")
    body = frame[3:3 + length]
    checksum = int.from_bytes(frame[3 + length:5 + length], "little")
    if checksum != sum(frame[:3 + length]) & 0xFFFF:
        raise ValueError(f"bad checksum {checksum:#06x}")
    return msg_type, body.decode("utf-8")


stream = b"".join(pack(t, p) for t, p in [(1, "hello"), (2, "naïve ☃"), (3, "")])
print(stream)
i = 0
while i < len(stream):
    length = int.from_bytes(stream[i + 1:i + 3], "big")
    frame = stream[i:i + 5 + length]
    print(unpack(frame))
    i += 5 + length
bad = bytearray(pack(7, "data"))
bad[4] ^= 0xFF
try:
    unpack(bytes(bad))
except ValueError as e:
    print("ValueError:", e)
try:
    unpack(b"\x01")
except ValueError as e:
    print("ValueError:", e)
buf = bytearray(b"abc")
buf += b"def"
buf[0] = ord("A")
buf.extend([0x21, 0x21])
print(buf, bytes(buf).upper(), buf.decode(), len(buf), buf.pop(), buf)
print((1024).to_bytes(4, "little"), (-2).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfe", "big", signed=True))
