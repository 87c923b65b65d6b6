# Integer division semantics: floor vs truncation, divmod identity, round().
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (10**20 + 1, 7), (-(10**20), 7)]
for a, b in pairs:
    q, r = divmod(a, b)
    assert q * b + r == a
    trunc = int(a / b) if abs(a) < 2**53 else "n/a"
    print(f"{a:>22} {b:>3} // = {a // b:>20} % = {r:>3} trunc = {trunc}")
for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.675, 1e300, 123.456):
    print(x, round(x), round(x, 1), round(x, -1))
for n in (1234567, -1234567, 5, 15, 25, -25, 10**20 + 50):
    print(n, round(n, -1), round(n, -2), round(n, 2), round(n, -30))
print(7 // 0.5, 7 % 0.5, -7 // 0.3, divmod(-1, 10**30), pow(-2, 3), pow(2, -2), (-8) ** (1 / 3) == 0)
