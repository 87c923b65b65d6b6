# Number theory: divisors, perfect and amicable numbers, totients.
def divisors(n):
    small, large = [], []
    d = 1
    while d * d <= n:
        if n % d == 0:
            small.append(d)
            if d != n // d:
                large.append(n // d)
        d += 1
    return small + large[::-1]


def classify(n):
    s = sum(divisors(n)) - n
    return "perfect" if s == n else "abundant" if s > n else "deficient"


def totient(n):
    result, p, m = n, 2, n
    while p * p <= m:
        if m % p == 0:
            while m % p == 0:
                m //= p
            result -= result // p
        p += 1
    if m > 1:
        result -= result // m
    return result


print(divisors(28), divisors(97), divisors(360)[:8])
print([n for n in range(2, 10000) if classify(n) == "perfect"])
kinds = {}
for n in range(1, 101):
    kinds.setdefault(classify(n), []).append(n)
print({k: len(v) for k, v in sorted(kinds.items())}, kinds["abundant"][:6])
amicable = []
for a in range(2, 3000):
    b = sum(divisors(a)) - a
    if b > a and sum(divisors(b)) - b == a:
        amicable.append((a, b))
print(amicable)
print([totient(n) for n in range(1, 21)])
print(sum(totient(n) for n in range(1, 101)))
