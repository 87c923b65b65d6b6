"""A small project scaffolder: builds a tree with pathlib, lists it, reads
it back, and tidies up -- the everyday Path operations."""
import os
from pathlib import Path, PurePath, PurePosixPath

p = PurePosixPath("/srv/app/releases/v1.2/app.tar.gz")
print(p.name, p.stem, p.suffix, p.suffixes, p.parent, p.anchor)
print(p.parts, [str(x) for x in list(p.parents)[:3]])
print(p.with_suffix(".zip"), p.with_name("x.txt"), p.with_stem("core"))
print(p.relative_to("/srv/app"), p.is_relative_to("/srv"), p.is_absolute())
print(PurePosixPath("a//b/./c/"), PurePosixPath("a") / "b" / "../c", "x" / PurePosixPath("y"))
print(p.match("*.gz"), p.match("releases/*/*.tar.gz"), p.match("/app.*"))
print(repr(PurePath("docs", "index.md")), str(PurePath()), PurePath("/a/b").as_posix())
print(PurePosixPath("a") == PurePosixPath("a/"), PurePosixPath("a") < PurePosixPath("b"))
print(sorted([PurePosixPath("b/c"), PurePosixPath("a"), PurePosixPath("b")]))
print(PurePosixPath("/tmp/my file.txt").as_uri())
try:
    p.relative_to("/etc")
except ValueError as e:
    print("ValueError:", e)
try:
    PurePosixPath("x").with_suffix("gz")
except ValueError as e:
    print("ValueError:", e)

root = Path("scaffold")
print(root.exists(), root.is_dir())
(root / "src" / "pkg").mkdir(parents=True)
(root / "docs").mkdir()
(root / "docs").mkdir(exist_ok=True)
try:
    (root / "docs").mkdir()
except FileExistsError as e:
    print("FileExistsError:", e.strerror, e.filename)
(root / "README.md").write_text("# Scaffold\n\nA demo.\n")
(root / "src" / "pkg" / "__init__.py").write_text("")
(root / "src" / "pkg" / "core.py").write_text("def main():\n    return 42\n")
(root / "src" / "pkg" / "data.bin").write_bytes(bytes(range(8)))
(root / "setup.cfg").touch()
with (root / "docs" / "notes.txt").open("w") as f:
    f.write("line one\nline two\n")

print(root.exists(), root.is_dir(), (root / "README.md").is_file(), (root / "nope").exists())
print(sorted(x.name for x in root.iterdir()))
print(sorted(str(x) for x in root.glob("*.md")))
print(sorted(str(x) for x in root.rglob("*.py")))
print(sorted(str(x) for x in root.glob("**/*")))
print(sorted(str(x) for x in root.glob("src/*/c*.py")))
print((root / "README.md").read_text().splitlines())
print((root / "src" / "pkg" / "data.bin").read_bytes())
print((root / "docs" / "notes.txt").stat().st_size, (root / "setup.cfg").stat().st_size)
print((root / "src").is_symlink(), (root / "src").is_file())
with (root / "docs" / "notes.txt").open() as f:
    print([line.rstrip() for line in f])

cwd = Path.cwd()
print(cwd == Path(os.getcwd()), Path(".").resolve() == cwd, (root / "src" / ".." / "docs").resolve() == cwd / root / "docs")
print(Path("scaffold/src").absolute() == cwd / "scaffold" / "src", Path("scaffold").resolve().is_absolute())
print(os.path.join(root, "docs"), os.fspath(root / "x"), os.path.exists(root / "README.md"))

moved = (root / "docs" / "notes.txt").rename(root / "notes.txt")
print(moved, moved.exists(), (root / "docs" / "notes.txt").exists())
(root / "notes.txt").replace(root / "docs" / "final.txt")
print(sorted(x.name for x in (root / "docs").iterdir()))

def remove_tree(path):
    for child in path.iterdir():
        if child.is_dir():
            remove_tree(child)
        else:
            child.unlink()
    path.rmdir()

remove_tree(root)
print(root.exists())
(Path("ghost.txt")).unlink(missing_ok=True)
try:
    Path("ghost.txt").unlink()
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
try:
    Path("ghost.txt").read_text()
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.filename)
