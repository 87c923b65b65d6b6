def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

def lcm(a, b):
    return a // gcd(a, b) * b

pairs = [(12, 18), (17, 5), (100, 75), (-48, 36), (0, 9)]
for a, b in pairs:
    print(f"gcd({a}, {b}) = {gcd(a, b)}")
total = 1
for n in range(1, 21):
    total = lcm(total, n)
print("lcm(1..20) =", total)
