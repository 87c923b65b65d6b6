# Grade-school arithmetic on digit strings, checked against Python's big ints.
def add(a, b):
    out, carry = [], 0
    a, b = a[::-1], b[::-1]
    for i in range(max(len(a), len(b))):
        s = carry + (int(a[i]) if i < len(a) else 0) + (int(b[i]) if i < len(b) else 0)
        out.append(str(s % 10))
        carry = s // 10
    if carry:
        out.append(str(carry))
    return "".join(reversed(out))


def mul(a, b):
    res = [0] * (len(a) + len(b))
    for i, x in enumerate(reversed(a)):
        for j, y in enumerate(reversed(b)):
            res[i + j] += int(x) * int(y)
    for k in range(len(res) - 1):
        res[k + 1] += res[k] // 10
        res[k] %= 10
    s = "".join(map(str, reversed(res))).lstrip("0")
    return s or "0"


def factorial(n):
    r = "1"
    for k in range(2, n + 1):
        r = mul(r, str(k))
    return r


pairs = [("999", "1"), ("123456789", "987654321"), ("0", "0"), ("5" * 30, "7" * 25)]
for a, b in pairs:
    s, p = add(a, b), mul(a, b)
    print(f"{a[:12]:>12} + {b[:12]:<12} = {s[:20]:<20} ok={int(s) == int(a) + int(b)} | * ok={int(p) == int(a) * int(b)}")
f50 = factorial(50)
print(f50)
import math
print(f50 == str(math.factorial(50)), len(factorial(100)), sum(map(int, factorial(100))))
fib = ["0", "1"]
while len(fib[-1]) < 50:
    fib.append(add(fib[-1], fib[-2]))
print(len(fib) - 1, fib[-1])
