"""Find files the way a build script does: fnmatch patterns and glob."""
import fnmatch
import glob
import os

for name in ["main.py", "test_main.py", "README.md", ".hidden.py", "Data.CSV"]:
    print(name, fnmatch.fnmatch(name, "*.py"), fnmatch.fnmatchcase(name, "*.[cC][sS][vV]"), fnmatch.fnmatch(name, "test_?ain.*"))
print(fnmatch.filter(["a.txt", "b.log", "c.txt"], "*.txt"))
print(fnmatch.translate("*.py"), fnmatch.translate("[!abc]x?"))

os.makedirs("proj/src/util")
os.makedirs("proj/tests")
for path in ["proj/setup.py", "proj/src/app.py", "proj/src/util/io.py", "proj/src/util/notes.txt",
             "proj/tests/test_app.py", "proj/.env"]:
    with open(path, "w") as f:
        f.write("x\n")
print(sorted(glob.glob("proj/*")))
print(sorted(glob.glob("proj/*", include_hidden=True)))
print(sorted(glob.glob("proj/**/*.py", recursive=True)))
print(sorted(glob.glob("**/", root_dir="proj", recursive=True)))
print(sorted(glob.glob("proj/src/*/")))
print(sorted(glob.glob("proj/*/t*")), glob.glob("proj/setup.py"), glob.glob("proj/nothing*"))
print(sorted(glob.iglob("*.py", root_dir="proj/src")))
print(glob.escape("data[1]*.csv"), glob.has_magic("a?b"), glob.has_magic("plain"))
for dirpath, dirnames, filenames in sorted(os.walk("proj")):
    print(dirpath, sorted(dirnames), sorted(filenames))
for path in sorted(glob.glob("proj/**", recursive=True), reverse=True):
    if os.path.isdir(path):
        os.rmdir(path)
    else:
        os.remove(path)
print(os.path.exists("proj"))
