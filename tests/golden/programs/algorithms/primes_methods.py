# Three ways to find primes, checked against each other.
import math


def trial(n):
    if n < 2:
        return False
    for d in range(2, math.isqrt(n) + 1):
        if n % d == 0:
            return False
    return True


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0:2] = [False, False]
    for i in range(2, math.isqrt(limit) + 1):
        if flags[i]:
            flags[i * i::i] = [False] * len(range(i * i, limit + 1, i))
    return [i for i, f in enumerate(flags) if f]


def miller_rabin(n):
    if n < 2:
        return False
    small = (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in small:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


primes = sieve(1000)
print(len(primes), primes[:10], primes[-3:])
print(all(trial(n) == (n in set(primes)) for n in range(1001)))
print(all(miller_rabin(n) == trial(n) for n in range(2000)))
big = [2**31 - 1, 2**61 - 1, 2**64 + 1, 10**18 + 9, 1_000_000_007 * 998_244_353]
for n in big:
    print(n, miller_rabin(n))
gaps = [b - a for a, b in zip(primes, primes[1:])]
print("largest gap below 1000:", max(gaps), "after", primes[gaps.index(max(gaps))])
twins = [(p, p + 2) for p in primes if p + 2 in primes]
print("twin pairs:", len(twins), twins[-2:])
