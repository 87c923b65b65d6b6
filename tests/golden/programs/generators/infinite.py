def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1

def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out

def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n

def fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

print(take(10, primes()))
print(take(15, fibs()))
print(take(5, (n * n for n in naturals(1) if n % 2)))
