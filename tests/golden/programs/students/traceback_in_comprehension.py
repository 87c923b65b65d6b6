def parse(rows):
    return [int(r) for r in rows]
print(parse(["1", "x"]))
