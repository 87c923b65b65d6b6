import os
import tempfile
import pathlib
import io
import csv
import json

with tempfile.TemporaryDirectory() as d:
    base = pathlib.Path(d)
    p = base / "notes.txt"
    p.write_text("línea 1\nline 2\n\nlast", encoding="utf-8")
    print(p.name, p.suffix, p.stem, p.exists(), p.stat().st_size, p.read_text(encoding="utf-8").splitlines())
    with open(p, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            print(n, repr(line))
    with open(p, "a", encoding="utf-8") as f:
        f.write("\nappended")
        print(f.tell() > 0, f.mode, f.name == str(p))
    with open(p, "rb") as f:
        head = f.read(8)
        f.seek(-4, os.SEEK_END)
        print(head, f.read(), f.tell())
    sig = base / "bom.csv"
    sig.write_bytes("\ufeffname,qty\nß,3\n".encode("utf-8"))
    with open(sig, "rb") as f:
        print(list(csv.reader(io.StringIO(f.read().decode("utf-8-sig"), newline=""))))
    u16 = base / "wide.txt"
    u16.write_bytes("wide text ✓".encode("utf-16"))
    print(u16.read_bytes()[:6], u16.read_bytes().decode("utf-16"))
    (base / "sub").mkdir()
    (base / "sub" / "a.json").write_text(json.dumps({"k": [1, 2]}))
    (base / "sub" / "b.json").write_text("{}")
    print(sorted(x.name for x in (base / "sub").glob("*.json")), sorted(os.listdir(base)))
    print(json.loads((base / "sub" / "a.json").read_text())["k"])
    try:
        open(base / "missing.txt")
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.errno, e.strerror)
    os.remove(p)
    print(p.exists(), [x.name for x in sorted(base.iterdir())])
s = io.StringIO("a\nb\nc")
print(s.readline(), s.readlines(), s.read(), s.tell())
b = io.BytesIO()
b.write(b"abc")
b.write(bytes([0, 255]))
print(b.getvalue(), b.tell())
