import os, sys
print(os.path.join("a", "b", "c.txt"), os.path.splitext("x/y.tar.gz"), os.path.basename("/p/q.py"), os.path.dirname("/p/q.py"), os.path.split("/a/b"))
print(os.path.normpath("a/./b/../c"), os.path.isabs("/x"), os.sep, os.path.commonprefix(["abc", "abd"]), os.path.relpath("/a/b/c", "/a"))
with open("data_test.txt", "w") as f:
    f.write("line one\nline two\n\nlast line without newline")
with open("data_test.txt") as f:
    for i, line in enumerate(f, 1):
        print(i, repr(line))
with open("data_test.txt") as f:
    print(f.readline(), f.read(4), f.readlines())
with open("data_test.txt", "a") as f:
    print("appended", file=f)
with open("data_test.txt", "rb") as f:
    data = f.read()
print(len(data), data[-9:], os.path.exists("data_test.txt"), os.path.getsize("data_test.txt"))
with open("data_test.txt", "r+") as f:
    f.seek(5)
    print(f.read(3), f.tell())
print(sorted(p for p in os.listdir(".") if p.endswith(".txt")))
os.rename("data_test.txt", "renamed.txt")
os.remove("renamed.txt")
print(os.path.exists("renamed.txt"))
try:
    open("missing.txt")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, e)
try:
    os.remove("missing.txt")
except OSError as e:
    print(type(e).__name__, e)
os.makedirs("sub/dir", exist_ok=True)
with open("sub/dir/f.txt", "w") as f:
    f.write("x")
print([(d, sorted(fs)) for d, _, fs in sorted(os.walk("sub"))])
try:
    os.mkdir("sub")
except FileExistsError as e:
    print(e)
f = open("sub/dir/f.txt")
f.close()
try:
    f.read()
except ValueError as e:
    print(e)
print(f.closed, f.name, f.mode)
with open("sub/dir/f.txt", "w", encoding="utf-8") as f:
    n = f.write("héllo\n")
    f.writelines(["a\n", "b\n"])
print(n, open("sub/dir/f.txt", encoding="utf-8").read().splitlines(), open("sub/dir/f.txt", "rb").read())
try:
    with open("sub/dir/f.txt") as f:
        f.write("x")
except Exception as e:
    print(type(e).__name__, e)
