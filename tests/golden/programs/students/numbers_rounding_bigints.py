import math
from fractions import Fraction
print([round(x) for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.675]])
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(12345, -2), round(-2.5), round(7.5), round(1234.5678, -1))
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3), 1 / 3, 2 / 3, 10 / 3, 1e16, 1e15 + 0.3, 123456789.123456789)
print(1e-5, 0.0001, 1e22, 1e21, 1.0, -0.0, float("inf"), float("-inf"), float("nan"), 3.0 * 1e308)
print(7 // 2, -7 // 2, 7 // -2, -7 // -2, 7 % 3, -7 % 3, 7 % -3, -7 % -3, 7.5 // 2, -7.5 % 2)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-1, 10**20))
print(2 ** 10, 2 ** -1, (-2) ** 3, -2 ** 2, 2 ** 0.5, (-8) ** (1 / 3), pow(2, 10, 1000), pow(3, -1, 7), 10 ** 20, 10.0 ** 20)
f100 = math.factorial(100)
print(f100)
print(sum(int(d) for d in str(f100)), sum(map(int, str(2 ** 1000))), len(str(2 ** 1000)))
print(math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.gcd(12, 18, 24), math.lcm(4, 6))
print(math.sqrt(2), math.isqrt(99), math.pi, math.e, math.tau, math.inf, math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7))
print(math.sin(math.pi / 6), math.cos(0), math.tan(math.pi / 4), math.atan2(1, 1), math.degrees(math.pi), math.radians(180))
print(math.log(100, 10), math.log10(1000), math.log2(8), math.log(math.e), math.exp(2), math.hypot(3, 4), math.fsum([0.1] * 10), math.prod([1, 2, 3, 4]))
print(math.dist((0, 0), (3, 4)), math.copysign(3, -0.0), math.fabs(-3), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(int(3.99), int(-3.99), int("  42  "), int("0x1f", 16), int("0b101", 0), int("1_000"), float("  3.5e2 "), float("1_0.5"))
print(abs(-5), abs(-2.5), abs(3 + 4j), max(1, 2.5, 2), min([3, 1.0, 1]), sum([1, 2.5]), 5 / 2, 4 / 2, type(4 / 2).__name__)
print(hex(255), oct(8), bin(-5), format(255, "08b"), format(3.14159, ".2f"), format(1234567, ","), format(0.25, "%"), format(12, "x"))
print(f"{3.14159:.3f} {42:05d} {1e6:.2e} {1234.5:,.2f} {-3:+d} {0.5:.0%} {7:>5} {'x':^7}| {10/3:.10g} {123456789:_}")
print(f"{1/7:8.3f}|{-1/7:<10.4f}|{255:#x}|{255:#o}|{5:#b}|{1e-7:g}|{123456.0:g}|{1234567.0:g}|{0.0001:g}")
print(str(1.0), repr(1.1), str(1e100), 1.5e-10, 2.5e+25, 100.0, 1e16 + 1, 9007199254740993, float(9007199254740993))
print(Fraction(1, 3) + Fraction(1, 6), Fraction(3, 4) * 2, Fraction("0.25"), Fraction(0.1).limit_denominator(100))
print(int.bit_length(255), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (-1).bit_count() if hasattr(int, "bit_count") else "")
print(1 < 2 < 3, 3 > 2 == 2, 1 == 1.0, True + True, True * 10, 0.1 * 3, 3 * 0.1, 1.1 * 1.1, 0.1 * 0.1, 100 * 1.1)
print(sum([0.1] * 3), 1 - 0.9, 0.7 + 0.1, 4.35 * 100, 8.675 * 10, 1.15 * 100, 0.57 * 100, 2.3 - 1.1)
celsius = [-40, 0, 37, 100, 21.5]
for c in celsius:
    f = c * 9 / 5 + 32
    print(f"{c:>6}°C = {f:>7.2f}°F  ({f!r})")
bal = 1000.0
for year in range(1, 6):
    bal *= 1.05
    print(f"Year {year}: ${bal:,.2f}  {round(bal, 2)}")
print(int(1e20), int(2 ** 63), -2 ** 63, 2 ** 64 - 1, 12345678901234567890 * 98765432109876543210, 10 ** 50 // 7, 10 ** 50 % 7, -10 ** 30 // 7)
print(float(10 ** 30), 10 ** 30 / 3, 2 ** 100 / 2 ** 50, (10 ** 400) // (10 ** 399), math.log(10 ** 400))
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    10 ** 400 / 1
except OverflowError as e:
    print("OverflowError:", e)
print(math.isnan(float("nan")), float("nan") == float("nan"), math.isinf(1e309), 1e309, -1e309, math.nan)
print(f"{math.pi:10.4f}|{math.pi:<10.2e}|{-math.pi:+.3g}|{12.0:.0f}|{0.5:.0f}|{1.5:.0f}|{2.5:.0f}")
print(round(3.14159, 3), round(-0.5), round(0.5), round(1.5), round(2.5, 0), round(25, -1), round(35, -1), round(-35, -1))
