# The shortest repr of floats, and conversions to and from text.
values = [0.1, 1 / 3, 2 / 3, 1e16, 1e15, 123456789.0, 1e-5, 1e-4, 0.0001234,
          5e-324, 1.7976931348623157e308, -0.0, 100.0, 1e22, 1e23, 2.5e-7,
          float("inf"), float("-inf"), 3.0e10, 12345678901234567890.0]
for v in values:
    print(f"{v!r:>24} {str(v):>24} {v:e}")
print(float("  -12.5e3 "), float("1_000.5"), float("+inf"), float("-Infinity"))
print(float("nan") == float("nan"), float("nan") != float("nan"))
print(int(1e20), int(-2.9), int(2.9), float(2**53 + 1), float(10**30))
print((0.1).as_integer_ratio(), (0.5).as_integer_ratio(), (2.0).is_integer(), (2.5).is_integer())
print((255.5).hex(), float.fromhex("0x1.8p1"), 1e308 * 10, -1e308 * 10)
print(2 ** 0.5, 10 ** -2, (-8) ** (1 / 3) if False else "skip", 7 / 2, 7 // 2, -7 // 2, -7 % 2)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, divmod(-7.5, 2), divmod(7, -2))
