# A build step that works in a scratch directory: temporary files and
# folders are created, used and cleaned up; only relative facts are printed.
import os
import tempfile

base = tempfile.gettempdir()
print(os.path.isabs(base), os.path.isdir(base), tempfile.gettempprefix())

with tempfile.TemporaryDirectory(prefix="build-", suffix=".d") as work:
    name = os.path.basename(work)
    print(name.startswith("build-"), name.endswith(".d"), len(name) == len("build-") + 8 + 2)
    print(os.path.dirname(work) == base, os.listdir(work))
    with open(os.path.join(work, "main.c"), "w") as f:
        f.write("int main(void) { return 0; }\n")
    os.mkdir(os.path.join(work, "obj"))
    with tempfile.NamedTemporaryFile("w+", suffix=".log", dir=work) as log:
        log.write("compiling main.c\nlinking\n")
        log.seek(0)
        print([line.rstrip() for line in log])
        print(os.path.exists(log.name), log.name.endswith(".log"), os.path.dirname(log.name) == work)
        kept = log.name
    print("log removed on close:", not os.path.exists(kept))
    with tempfile.NamedTemporaryFile(dir=work, delete=False, prefix="keep") as out:
        out.write(b"\x7fELF")
    print(len(os.listdir(work)), "main.c" in os.listdir(work), os.path.basename(out.name).startswith("keep"))
    with open(out.name, "rb") as f:
        print(f.read())
    inner = tempfile.mkdtemp(dir=work)
    print(os.path.isdir(inner), os.path.dirname(inner) == work)
print("workspace removed:", not os.path.exists(work))

d = tempfile.TemporaryDirectory()
print(repr(d).startswith("<TemporaryDirectory '"), os.path.isdir(d.name))
d.cleanup()
d.cleanup()
print(os.path.exists(d.name))

with tempfile.TemporaryFile() as t:
    t.write(b"scratch")
    t.seek(0)
    print(t.read(), t.closed)
print(t.closed)
