calls = {"n": 0}
cache = {}

def ways(n, coins):
    key = (n, coins)
    if key in cache:
        return cache[key]
    calls["n"] += 1
    if n == 0:
        r = 1
    elif n < 0 or not coins:
        r = 0
    else:
        r = ways(n - coins[0], coins) + ways(n, coins[1:])
    cache[key] = r
    return r

print(ways(100, (50, 25, 10, 5, 1)))
print("computed", calls["n"], "entries", len(cache))
print(ways(200, (200, 100, 50, 20, 10, 5, 2, 1)))
