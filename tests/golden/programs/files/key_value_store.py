# A tiny persistent key-value store in a text file.
DB = "store.db"


def load():
    data = {}
    try:
        with open(DB) as f:
            for line in f:
                key, _, value = line.rstrip("\n").partition("=")
                data[key] = value
    except FileNotFoundError:
        pass
    return data


def save(data):
    with open(DB, "w") as f:
        for key in sorted(data):
            f.write(f"{key}={data[key]}\n")


db = load()
print("initial:", db)
db["name"] = "strata"
db["version"] = "0.1"
db["motto"] = "a=b is fine"
save(db)
db2 = load()
print("reloaded:", db2, db2 == db)
db2["version"] = "0.2"
del db2["name"]
save(db2)
with open(DB) as f:
    print(f.read().splitlines())
with open(DB, "r+") as f:
    first = f.readline()
    print("first line:", first.strip(), "position:", f.tell())
