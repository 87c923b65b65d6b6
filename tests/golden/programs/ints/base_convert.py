DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"

def to_base(n, base):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))

for n in (0, 5, 255, -255, 1000000, 2 ** 70):
    row = [to_base(n, b) for b in (2, 8, 16, 36)]
    print(n, row)
    assert int(row[2], 16) == n
print("roundtrip ok")
