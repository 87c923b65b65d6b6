# Big integers: factorial, power, division.
f = 1
for i in range(2, 8000):
    f *= i
p = pow(3, 200_000)
q = p // (10 ** 500 + 7)
print(f.bit_length(), f % 1_000_000_007, p % 998_244_353, q % 1_000_003)
