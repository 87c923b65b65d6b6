def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

print([ackermann(m, n) for m in range(3) for n in range(4)])
print(ackermann(2, 3))

def binomial(n, k, memo={}):
    if k == 0 or k == n:
        return 1
    if (n, k) not in memo:
        memo[(n, k)] = binomial(n - 1, k - 1) + binomial(n - 1, k)
    return memo[(n, k)]
for n in range(7):
    print(" " * (6 - n) * 2 + "".join(f"{binomial(n, k):4d}" for k in range(n + 1)))
print(binomial(60, 30))
