# Fractions as (num, den) tuples: Egyptian fractions and continued fractions.
import math


def norm(n, d):
    if d == 0:
        raise ZeroDivisionError("zero denominator")
    if d < 0:
        n, d = -n, -d
    g = math.gcd(n, d)
    return n // g, d // g


def add(a, b):
    return norm(a[0] * b[1] + b[0] * a[1], a[1] * b[1])


def egyptian(n, d):
    out = []
    while n:
        unit = -(-d // n)
        out.append(unit)
        n, d = norm(n * unit - d, d * unit)
    return out


def continued(n, d):
    terms = []
    while d:
        q, r = divmod(n, d)
        terms.append(q)
        n, d = d, r
    return terms


def show(f):
    return f"{f[0]}/{f[1]}" if f[1] != 1 else str(f[0])


total = (0, 1)
for k in range(1, 11):
    total = add(total, (1, k))
print("H(10) =", show(total), "~", round(total[0] / total[1], 6))
for n, d in [(4, 13), (5, 121), (2, 3), (7, 15)]:
    parts = egyptian(n, d)
    print(f"{n}/{d} = " + " + ".join(f"1/{u}" for u in parts))
print("355/113 ->", continued(355, 113))
print("sqrt2 approx:", continued(99, 70), continued(577, 408))
print(math.lcm(*range(1, 21)), math.gcd(0, 0), math.gcd(-12, 18))
try:
    norm(1, 0)
except ZeroDivisionError as e:
    print("error:", e)
