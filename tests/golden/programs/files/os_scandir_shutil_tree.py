# os and pathlib file-system work: makedirs(exist_ok), scandir entries,
# stat, rename/remove, rmdir of a non-empty folder, chdir, rglob/glob,
# shutil copies and moves, os constants and getpid.
import os, tempfile, shutil, pathlib, stat, time
base = tempfile.mkdtemp()
try:
    os.makedirs(os.path.join(base, "a", "b"), exist_ok=True)
    os.makedirs(os.path.join(base, "a", "b"), exist_ok=True)
    try:
        os.makedirs(os.path.join(base, "a"))
    except FileExistsError as e:
        print("FileExistsError", e.errno, os.path.basename(e.filename))
    for name in ["x.txt", "y.log", "a/z.txt"]:
        with open(os.path.join(base, name), "w") as f:
            f.write(name * 3)
    with os.scandir(base) as it:
        entries = sorted((e.name, e.is_dir(), e.is_file()) for e in it)
    print(entries)
    print(sorted(e.name for e in os.scandir(base) if e.is_file() and e.name.endswith(".txt")), [e.stat().st_size for e in sorted(os.scandir(base), key=lambda e: e.name) if e.is_file()])
    st = os.stat(os.path.join(base, "x.txt"))
    print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(os.stat(base).st_mode), os.path.getsize(os.path.join(base, "y.log")), os.path.getmtime(os.path.join(base, "x.txt")) > 0)
    os.rename(os.path.join(base, "y.log"), os.path.join(base, "y2.log"))
    os.remove(os.path.join(base, "y2.log"))
    print(sorted(os.listdir(base)), os.path.isfile(os.path.join(base, "y2.log")))
    try:
        os.rmdir(os.path.join(base, "a"))
    except OSError as e:
        print(type(e).__name__, e.errno)
    cwd = os.getcwd(); os.chdir(base); print(os.path.exists("x.txt"), os.path.abspath("x.txt") == os.path.join(os.path.realpath(base), "x.txt") or os.path.abspath("x.txt").endswith("x.txt")); os.chdir(cwd)
    p = pathlib.Path(base)
    print(sorted(str(x.relative_to(p)) for x in p.rglob("*")), [x.name for x in sorted(p.glob("*.txt"))], (p / "a" / "z.txt").read_text()[:5])
    (p / "new").mkdir(parents=True, exist_ok=True); (p / "new" / "f.bin").write_bytes(b"\x00\x01")
    print((p / "new" / "f.bin").stat().st_size, (p / "new" / "f.bin").suffix, p.joinpath("new", "f.bin").exists(), sorted(q.name for q in (p / "new").iterdir()))
    (p / "new" / "f.bin").unlink(); (p / "new").rmdir(); print((p / "new").exists())
    print(os.name, os.sep, os.pathsep, os.linesep == "\n", os.curdir, os.pardir, os.extsep, isinstance(os.getpid(), int))
    shutil.copy(os.path.join(base, "x.txt"), os.path.join(base, "copy.txt")); shutil.copytree(os.path.join(base, "a"), os.path.join(base, "a2")); shutil.move(os.path.join(base, "copy.txt"), os.path.join(base, "moved.txt"))
    print(sorted(os.listdir(base)), sorted(os.listdir(os.path.join(base, "a2", "b"))))
finally:
    shutil.rmtree(base)
print(os.path.exists(base))
