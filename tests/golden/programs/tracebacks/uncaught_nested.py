def parse_row(row):
    name, qty = row.split(":")
    return name, int(qty)

def total(rows):
    return sum(parse_row(r)[1] for r in rows)

print(total(["a:1", "b:2"]))
print(total(["a:1", "b:two"]))
