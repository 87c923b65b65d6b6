import os, csv, tempfile, pathlib, shutil, io, json

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "grades.txt")
    with open(path, "w") as f:
        f.write("alice 90\n")
        f.write("bob 72\n")
        print("carol 85", file=f)
        f.writelines(["dave 60\n", "eve 99"])
    with open(path) as f:
        for lineno, line in enumerate(f, 1):
            name, score = line.split()
            print(lineno, name.title(), int(score), repr(line))
    with open(path) as f:
        print(f.readline(), end="")
        print(f.readlines())
    with open(path, "a") as f:
        f.write("\nfrank 50\n")
    with open(path) as f:
        text = f.read()
    print(len(text), text.count("\n"), text.splitlines()[-1])
    print(os.path.exists(path), os.path.isfile(path), os.path.isdir(tmp), os.path.getsize(path))
    print(os.path.basename(path), os.path.splitext(path)[1], os.path.dirname(path) == tmp)
    print(os.path.join("a", "b", "c.txt"), os.path.split("/x/y/z.py"), os.path.splitext("arch.tar.gz"))
    csvp = os.path.join(tmp, "data.csv")
    with open(csvp, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["name", "age", "city"])
        w.writerows([["Ann", 30, "Paris"], ["Bo, Jr.", 25, 'Say "hi"'], ["Cy", 41, ""]])
    with open(csvp) as f:
        print(repr(f.read()))
    with open(csvp, newline="") as f:
        for row in csv.reader(f):
            print(row)
    with open(csvp, newline="") as f:
        rows = list(csv.DictReader(f))
    print(rows[1]["name"], sum(int(r["age"]) for r in rows) / len(rows))
    with open(os.path.join(tmp, "out.csv"), "w", newline="") as f:
        dw = csv.DictWriter(f, fieldnames=["x", "y"])
        dw.writeheader()
        dw.writerow({"x": 1, "y": 2.5})
    print(open(os.path.join(tmp, "out.csv")).read().encode())
    p = pathlib.Path(tmp)
    (p / "sub").mkdir()
    (p / "sub" / "notes.md").write_text("# Title\nbody\n")
    for name in ["b.txt", "a.txt", "c.log"]:
        (p / name).write_text(name.upper())
    print(sorted(os.listdir(tmp)))
    print(sorted(x.name for x in p.glob("*.txt")))
    print(sorted(str(x.relative_to(p)) for x in p.rglob("*")))
    q = p / "sub" / "notes.md"
    print(q.name, q.stem, q.suffix, q.parent.name, q.exists(), q.is_file(), q.read_text().splitlines())
    print((p / "a.txt").read_text(), (p / "nope").exists())
    os.rename(os.path.join(tmp, "a.txt"), os.path.join(tmp, "z.txt"))
    os.remove(os.path.join(tmp, "b.txt"))
    shutil.copy(os.path.join(tmp, "c.log"), os.path.join(tmp, "d.log"))
    print(sorted(os.listdir(tmp)))
    for root, dirs, files in sorted(os.walk(tmp)):
        print(os.path.relpath(root, tmp), sorted(dirs), sorted(files))
    jp = p / "data.json"
    with open(jp, "w") as f:
        json.dump({"scores": [1, 2], "ok": True, "none": None}, f, indent=2)
    with open(jp) as f:
        print(json.load(f))
    with open(jp, "rb") as f:
        print(f.read(12))
    try:
        open(os.path.join(tmp, "missing.txt"))
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror, os.path.basename(e.filename))
    try:
        with open(path) as f:
            f.write("x")
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation:", e)
    f = open(path)
    f.close()
    print(f.closed)
    try:
        f.read()
    except ValueError as e:
        print(e)
    with open(path, "w", encoding="utf-8") as f:
        f.write("héllo wörld ☃\n")
    with open(path, "rb") as f:
        print(f.read())
    with open(path, encoding="utf-8") as f:
        print(f.read().strip(), f.tell() > 0)
print(os.path.exists(tmp))
buf = io.StringIO()
buf.write("line a\nline b\n")
buf.seek(0)
print(buf.readlines(), buf.getvalue().upper())
open("/nonexistent/dir/file.txt")
