# Writing a CSV by hand, reading it back with quoting rules.
rows = [
    ["id", "name", "note"],
    [1, "Ada", "likes math"],
    [2, "Bob, Jr.", 'says "hi"'],
    [3, "Cid", ""],
]


def quote(v):
    s = str(v)
    if any(ch in s for ch in ',"\n'):
        s = '"' + s.replace('"', '""') + '"'
    return s


def parse_line(line):
    fields, cur, quoted, i = [], "", False, 0
    while i < len(line):
        ch = line[i]
        if quoted:
            if ch == '"' and line[i + 1:i + 2] == '"':
                cur += '"'
                i += 1
            elif ch == '"':
                quoted = False
            else:
                cur += ch
        elif ch == '"':
            quoted = True
        elif ch == ",":
            fields.append(cur)
            cur = ""
        else:
            cur += ch
        i += 1
    fields.append(cur)
    return fields


with open("people.csv", "w") as f:
    for row in rows:
        f.write(",".join(quote(v) for v in row) + "\n")
with open("people.csv") as f:
    raw = f.read()
print(raw, end="")
with open("people.csv") as f:
    header = parse_line(f.readline().rstrip("\n"))
    records = [dict(zip(header, parse_line(line.rstrip("\n")))) for line in f]
for r in records:
    print(r)
print(records[1]["name"], "|", records[1]["note"])
