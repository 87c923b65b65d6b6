# Writing log files, "rotating" them by renaming content, and tailing the last lines.
def write_log(path, start, count):
    with open(path, "w") as f:
        for i in range(start, start + count):
            level = ("INFO", "WARN", "ERROR")[i % 3]
            f.write(f"{i:04d} {level:<5} event number {i}\n")


def tail(path, n):
    with open(path) as f:
        lines = f.readlines()
    return [l.rstrip("\n") for l in lines[-n:]]


def rotate(path, keep):
    contents = []
    for i in range(keep, 0, -1):
        try:
            with open(f"{path}.{i - 1}" if i > 1 else path) as f:
                contents.append((i, f.read()))
        except FileNotFoundError:
            pass
    for i, text in contents:
        with open(f"{path}.{i}", "w") as f:
            f.write(text)
    open(path, "w").close()


write_log("app.log", 0, 10)
print(tail("app.log", 3))
rotate("app.log", 2)
write_log("app.log", 10, 5)
print(tail("app.log", 2), tail("app.log.1", 1))
rotate("app.log", 2)
for name in ["app.log", "app.log.1", "app.log.2"]:
    with open(name) as f:
        text = f.read()
    errors = [l.split()[0] for l in text.splitlines() if "ERROR" in l]
    print(f"{name:<10} {len(text.splitlines()):>3} lines, errors at {errors}")
with open("app.log.2", "a") as f:
    print("appended", file=f)
print(tail("app.log.2", 1))
