# Line endings from three platforms in one log folder: reading them with
# universal newlines, keeping them as they are, and writing them back.
samples = {
    "unix.log": b"boot ok\ndisk ok\nnet ok\n",
    "windows.log": b"boot ok\r\ndisk ok\r\nnet ok\r\n",
    "classic_mac.log": b"boot ok\rdisk ok\rnet ok\r",
    "mixed.log": b"one\ntwo\r\nthree\rfour",
}
for name, data in samples.items():
    with open(name, "wb") as f:
        f.write(data)

for name in samples:
    with open(name) as f:
        lines = f.readlines()
        print(f"{name:16} {lines!r} newlines={f.newlines!r}")

print("-- newline=''")
for name in samples:
    with open(name, newline="") as f:
        print(f"{name:16} {list(f)!r} newlines={f.newlines!r}")

print("-- newline='\\n', '\\r', '\\r\\n'")
for nl in ["\n", "\r", "\r\n"]:
    with open("mixed.log", newline=nl) as f:
        print(repr(nl), f.readlines(), f.newlines)

print("-- read() and read(n)")
with open("windows.log") as f:
    print(repr(f.read(9)), repr(f.read(1)), repr(f.read()))
with open("mixed.log") as f:
    print([f.read(4) for _ in range(6)], f.newlines)
with open("classic_mac.log", newline="") as f:
    print(repr(f.read()))

print("-- readline(limit) and readlines(hint)")
with open("windows.log") as f:
    print(repr(f.readline(4)), repr(f.readline(3)), repr(f.readline(100)), repr(f.readline(0)))
with open("unix.log") as f:
    print(f.readlines(3), f.readlines(9), f.readlines())

print("-- writing")
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open("out.txt", "w", newline=nl) as f:
        f.write("a\nb\r\nc\rd\n")
        f.writelines(["e\n", "f"])
    with open("out.txt", "rb") as f:
        print(repr(nl), f.read())

print("-- tell and seek")
with open("windows.log") as f:
    first = f.readline()
    pos = f.tell()
    second = f.readline()
    f.seek(pos)
    print(repr(first), pos, repr(second), f.readline() == second, f.tell())
    print(f.seek(0, 2), repr(f.read()), f.seek(0), repr(f.readline()))
    for args in [(3, 1), (-2, 2), (-1,), (0, 7)]:
        try:
            f.seek(*args)
        except Exception as e:
            print(type(e).__name__, e)

print("-- a CRLF across the reader's chunk boundary")
with open("long.log", "wb") as f:
    f.write(b"x" * 8191 + b"\r\n" + b"tail\r\nend")
with open("long.log") as f:
    lines = f.readlines()
    print(len(lines), len(lines[0]), lines[1:], f.newlines)
with open("long.log") as f:
    print(len(f.read(8191)), repr(f.read(1)), repr(f.read(5)))
with open("long.log", newline="") as f:
    print([len(line) for line in f])
