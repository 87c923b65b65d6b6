values = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e-7, 123456789.123, -0.0, 1.5e300 * 1e10]
for v in values:
    print(repr(v), str(v))
print(float("inf"), -float("inf"), float("nan"))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1.23456, 3))
print(int(1e20), float(2 ** 60), 7 / 2, 7 // 2.0, 7 % 2.5, -7 % 2.5)
print((1.5).is_integer(), (2.0).is_integer(), float("  3.25 "))
print(divmod(7.5, 2), 2 ** 0.5, 10 ** -3)
