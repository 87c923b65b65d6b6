# A randomized round of reads that a text-processing tool might do on
# awkward input: any codec, error handler and newline mode, mixing read(n),
# readline(n) and read() over files with split characters and line endings
# at every chunk boundary. Each trial prints a digest of what was read.
import hashlib
import random

rng = random.Random(2024)
CODECS = ["utf-8", "utf-8-sig", "ascii", "latin-1", "utf-16", "utf-16-le", "utf-16-be", "utf-32",
          "utf-32-be", "cp1252", "cp437", "iso8859-15", "koi8-r"]
HANDLERS = ["strict", "replace", "ignore", "backslashreplace"]
ALPHABET = b"ab\r\n\xc3\xa9\xe2\x82\xac\xf0\x9f\x90\x8d\xff\x00\xd8\xdc\xfe\xef\xbb\xbf\x81"


def digest(value):
    return hashlib.md5(repr(value).encode("utf-8")).hexdigest()[:12]


for trial in range(150):
    data = bytes(rng.choice(ALPHABET) for _ in range(rng.randrange(0, 40)))
    codec, handler = rng.choice(CODECS), rng.choice(HANDLERS)
    try:
        decoded = data.decode(codec, handler)
        outcome = f"{len(decoded)} chars {digest(decoded)}"
    except UnicodeDecodeError as e:
        outcome = f"{e.reason} at {e.start}-{e.end}"
    newline = rng.choice([None, "", "\n", "\r", "\r\n"])
    with open("sample.bin", "wb") as f:
        f.write(data * rng.randrange(1, 400))
    sizes = [rng.choice([1, 2, 3, 7, 100, 5000, -1]) for _ in range(5)]
    pieces = []
    try:
        with open("sample.bin", encoding=codec, errors=handler, newline=newline) as f:
            for size in sizes:
                pieces.append(f.read(size) if rng.random() < 0.5 else f.readline(size))
            pieces.append(f.read())
            pieces.append(f.newlines)
        read = f"{sum(len(p) for p in pieces[:-1])} chars {digest(pieces)}"
    except UnicodeError as e:
        read = f"{type(e).__name__}: {e}"
    text = "".join(rng.choice("aé€\n\r🐍Ωx") for _ in range(rng.randrange(0, 30)))
    try:
        encoded = f"{len(text.encode(codec, handler))} bytes"
    except UnicodeEncodeError as e:
        encoded = f"{e.start}-{e.end} unencodable"
    print(f"{trial:3} {codec:10} {handler:16} {newline!r:6} | {outcome} | {read} | {encoded}")
