"""A backup script: copy a project tree, rotate old backups, clean up --
the shutil calls such scripts make."""
import os
import shutil

os.makedirs("project/src/pkg")
os.makedirs("project/build")
files = {
    "project/README.md": "# Project\n",
    "project/src/pkg/__init__.py": "",
    "project/src/pkg/core.py": "VALUE = 1\n",
    "project/src/pkg/core.pyc": "compiled",
    "project/build/out.o": "object",
}
for path, text in files.items():
    with open(path, "w") as f:
        f.write(text)


def tree(root):
    return sorted(os.path.relpath(os.path.join(d, name), root)
                  for d, _, names in os.walk(root) for name in names)


print(shutil.copyfile("project/README.md", "README.bak"))
print(shutil.copy("project/README.md", "project/src"))
print(shutil.copy2("project/src/pkg/core.py", "core_v1.py"))
shutil.copymode("project/README.md", "README.bak")
shutil.copystat("project/README.md", "README.bak")
with open("project/README.md") as src, open("README.copy", "w") as dst:
    shutil.copyfileobj(src, dst)
print(open("README.copy").read() == open("README.bak").read())

print(shutil.copytree("project", "backup-1", ignore=shutil.ignore_patterns("*.pyc", "build")))
print(tree("backup-1"))
try:
    shutil.copytree("project", "backup-1")
except FileExistsError as e:
    print("FileExistsError:", e)
shutil.copytree("project/src", "backup-1/src", dirs_exist_ok=True)
print(tree("backup-1/src"))

print(shutil.move("backup-1", "backup-2"), os.path.exists("backup-1"))
print(shutil.move("core_v1.py", "backup-2"), os.path.exists("backup-2/core_v1.py"))
print(shutil.move("README.copy", "backup-2/README.old"))
print(tree("backup-2"))

try:
    shutil.copyfile("project/missing.txt", "x.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
try:
    shutil.copyfile("README.bak", "README.bak")
except shutil.SameFileError as e:
    print("SameFileError:", e)
try:
    shutil.rmtree("nowhere")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.filename)
shutil.rmtree("nowhere", ignore_errors=True)
errors = []
shutil.rmtree("nowhere", onerror=lambda func, path, exc: errors.append((func.__name__, path, exc[0].__name__)))
print(errors[0][1:])

for root in ("project", "backup-2"):
    shutil.rmtree(root)
for name in ("README.bak",):
    os.remove(name)
print(sorted(os.listdir(".")))
print(shutil.get_terminal_size((100, 40)).columns > 0, shutil.which("no-such-tool-here"))
