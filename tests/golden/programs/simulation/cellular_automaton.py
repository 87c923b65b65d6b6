# Elementary cellular automata (rules 30, 90, 110) printed as text.
def step(cells, rule):
    n = len(cells)
    return [
        (rule >> (cells[(i - 1) % n] << 2 | cells[i] << 1 | cells[(i + 1) % n])) & 1
        for i in range(n)
    ]


for rule in (30, 90, 110):
    cells = [0] * 31
    cells[15] = 1
    print(f"rule {rule} ({rule:08b})")
    seen = []
    for _ in range(12):
        print("".join("#" if c else "." for c in cells))
        seen.append(sum(cells))
        cells = step(cells, rule)
    print("live counts:", seen)
