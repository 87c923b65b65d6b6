import os, os.path
from os.path import join, splitext
print(os.path.join("a", "b", "c.txt"), os.path.basename("/x/y/z.py"), os.path.dirname("/x/y/z.py"), splitext("a/b.tar.gz"))
print(os.path.normpath("a//b/../c/./d"), os.path.isabs("/a"), os.path.split("a/b/"), os.sep, os.name)
here = os.getcwd()
os.makedirs(join("tmpdir", "inner"), exist_ok=True)
with open(join("tmpdir", "inner", "f.txt"), "w") as f:
    f.write("hello")
print(os.path.exists("tmpdir"), os.path.isdir("tmpdir"), os.path.isfile(join("tmpdir", "inner", "f.txt")), os.path.getsize(join("tmpdir", "inner", "f.txt")))
print(sorted(os.listdir("tmpdir")), [(os.path.relpath(d, "."), sorted(ds), sorted(fs)) for d, ds, fs in os.walk("tmpdir")])
os.remove(join("tmpdir", "inner", "f.txt")); os.rmdir(join("tmpdir", "inner")); os.rmdir("tmpdir")
print(os.path.exists("tmpdir"), os.stat(here).st_size >= 0, os.getenv("NOPE_NOT_SET", "dflt"))
try:
    os.remove("no_such_file.txt")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror)
