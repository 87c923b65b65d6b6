# 0/1 knapsack by dynamic programming, with the chosen items recovered.
items = [
    ("map", 9, 150), ("compass", 13, 35), ("water", 153, 200),
    ("sandwich", 50, 160), ("glucose", 15, 60), ("tin", 68, 45),
    ("banana", 27, 60), ("apple", 39, 40), ("cheese", 23, 30),
    ("beer", 52, 10), ("suntan cream", 11, 70), ("camera", 32, 30),
]


def knapsack(items, capacity):
    n = len(items)
    table = [[0] * (capacity + 1) for _ in range(n + 1)]
    for i, (_, weight, value) in enumerate(items, 1):
        row, above = table[i], table[i - 1]
        for w in range(capacity + 1):
            row[w] = above[w]
            if weight <= w and above[w - weight] + value > row[w]:
                row[w] = above[w - weight] + value
    chosen = []
    w = capacity
    for i in range(n, 0, -1):
        if table[i][w] != table[i - 1][w]:
            chosen.append(items[i - 1])
            w -= items[i - 1][1]
    return table[n][capacity], chosen[::-1]


for cap in (0, 50, 200, 400):
    best, chosen = knapsack(items, cap)
    weight = sum(w for _, w, _ in chosen)
    names = ", ".join(name for name, _, _ in chosen) or "(nothing)"
    print(f"capacity {cap:3}: value {best:4} weight {weight:3} -> {names}")
