# Coin change: number of ways and fewest coins, plus greedy failure.
def ways(amount, coins):
    table = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            table[a] += table[a - c]
    return table[amount]


def fewest(amount, coins):
    INF = float("inf")
    best = [0] + [INF] * amount
    last = [None] * (amount + 1)
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and best[a - c] + 1 < best[a]:
                best[a] = best[a - c] + 1
                last[a] = c
    if best[amount] == INF:
        return None
    used = []
    while amount:
        used.append(last[amount])
        amount -= last[amount]
    return sorted(used, reverse=True)


def greedy(amount, coins):
    used = []
    for c in sorted(coins, reverse=True):
        while amount >= c:
            amount -= c
            used.append(c)
    return used if amount == 0 else None


print("ways to make 100 with US coins:", ways(100, [1, 5, 10, 25, 50, 100]))
print("ways to make 200p with UK coins:", ways(200, [1, 2, 5, 10, 20, 50, 100, 200]))
for amount, coins in [(63, [1, 5, 10, 21, 25]), (6, [1, 3, 4]), (7, [2, 4]), (30, [25, 10, 1])]:
    print(f"{amount:>3} with {coins}: dp={fewest(amount, coins)} greedy={greedy(amount, coins)}")
