# Appending to a notes file across "sessions" and reading it back.
NAME = "notes.txt"


def add_note(text):
    with open(NAME, "a") as f:
        f.write(text + "\n")


def read_notes():
    try:
        with open(NAME) as f:
            return [line.rstrip("\n") for line in f]
    except FileNotFoundError:
        return []


print("before:", read_notes())
for note in ["buy milk", "call mum", "fix bug #42"]:
    add_note(note)
print("after:", read_notes())
with open(NAME, "w") as f:
    n = f.write("replaced\n")
print("wrote", n, "chars:", read_notes())
with open(NAME, "a") as f:
    print("printed into the file", 42, sep=" | ", file=f)
    f.writelines(["x\n", "y\n"])
with open(NAME) as f:
    content = f.read()
print(repr(content))
print(content.count("\n"), "lines")
