data = bytes(range(0, 256, 17))
with open("blob.bin", "wb") as f:
    f.write(data)
    f.write(b"\xff\x00")
with open("blob.bin", "rb") as f:
    raw = f.read()
print(len(raw), raw[:4], raw[-2:], list(raw[:5]))
with open("blob.bin", "rb") as f:
    print(f.read(3), f.tell())
    f.seek(10)
    print(f.read(2), f.tell())
print(sum(raw) % 256, raw.hex()[:12])
