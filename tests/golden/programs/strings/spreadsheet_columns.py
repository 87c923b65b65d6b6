# Spreadsheet column names <-> numbers, and parsing cell references.
def col_name(n):
    out = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        out = chr(ord("A") + r) + out
    return out


def col_number(name):
    n = 0
    for ch in name.upper():
        n = n * 26 + ord(ch) - ord("A") + 1
    return n


def parse_ref(ref):
    i = 0
    while i < len(ref) and ref[i].isalpha():
        i += 1
    if i == 0 or i == len(ref) or not ref[i:].isdigit():
        raise ValueError(f"bad cell reference {ref!r}")
    return col_number(ref[:i]), int(ref[i:])


for n in (1, 2, 26, 27, 52, 53, 702, 703, 16384):
    name = col_name(n)
    print(f"{n:>6} {name:<4} {col_number(name)}")
cells = {"A1": 5, "B1": 7, "C1": "=A1+B1", "A2": "=C1*2", "B2": "=A2-A1"}


def value(ref):
    v = cells[ref]
    if isinstance(v, str) and v.startswith("="):
        expr = v[1:]
        for op in "+-*":
            if op in expr:
                left, right = expr.split(op)
                a, b = value(left), value(right) if not right.isdigit() else int(right)
                return {"+": a + b, "-": a - b, "*": a * b}[op]
    return v


for ref in sorted(cells, key=lambda r: parse_ref(r)[::-1]):
    print(ref, parse_ref(ref), value(ref))
for bad in ("1A", "AB", "A1B"):
    try:
        parse_ref(bad)
    except ValueError as e:
        print(e)
