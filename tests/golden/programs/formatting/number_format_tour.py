import math
vals = [0, 1, -1, 3.14159, -2.5, 1e20, 1.5e-7, 123456789, 0.1 + 0.2, float("inf"), float("-inf"), float("nan"), 2**64, -0.0, 1/3]
for v in vals:
    print(repr(v), str(v), f"{v:10.3f}|{v:<12}|{v:^12}|{v:+}|{v:e}|{v:g}|{v:%}" if not isinstance(v, int) else f"{v:,}|{v:_}|{v:08d}|{v:x}|{v:#o}|{v:b}|{v:+d}|{v: d}|{v:e}|{v:.2%}")
print(f"{'abc':>10}|{'abc':*^9}|{'abc':.2}|{'abc'!r}|{'é'!a}|{42!s:>5}")
print("{0:{1}.{2}f}".format(math.pi, 10, 4), "{:{}{}}".format("x", ">", 5))
print("{name}-{0}-{name!r}".format(1, name="n"), "{0[1]}{1[k]}{2.real}".format([1, 2], {"k": "v"}, 3j))
print("%5.2f|%-6d|%s|%r|%x|%o|%e|%c|%%|%+d|%05.1f|%i" % (3.14159, 42, "s", "r", 255, 8, 12345.678, 65, 7, 2.25, 3))
print("%(a)s and %(b)04d" % {"a": "x", "b": 7})
print("%s" % [1, 2], "%s" % (None,), "%.3s" % "abcdef", "%*d" % (5, 3), "%-*s|" % (4, "a"))
print(format(1234.5, ",.2f"), format(0.000012345, ".3g"), format(1e16, "g"), format(123, "c"), format(3, "^5"))
print(f"{12345.6789:_.2f}", f"{1e-5:f}", f"{255:#X}", f"{-255:#x}", f"{10:=+6}", f"{3.0:n}", f"{1.0:.0f}", f"{2.5:.0f}", f"{3.5:.0f}")
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(1250, -2), round(0.5), round(1.5), round(-0.5))
print(divmod(-7, 2), divmod(7, -2), -7 // 2, -7 % 2, 7 % -2, divmod(-7.5, 2), -7.5 % 2, math.fmod(-7, 2))
print(int("0x1f", 16), int("0b101", 0), int("  42  "), int("1_000"), int("-0o17", 8), int("z", 36), int(" +7"))
print(float("1e3"), float(" -inf "), float("1_0.5"), float(".5"), float("5."), 1e300 * 1e10, -(1e300 * 1e10))
print(2**100, -2**100 // 3, 2**100 % 7, (2**100).bit_length(), 10**20 / 10**10, 7 ** -2, pow(3, 200, 1000), pow(2, -1, 7))
print(0.1 * 3, 1.1 + 2.2, 1e16 + 1, 2.0 ** 0.5, 10 / 3, 1e-320, 5e-324, 1.7976931348623157e308, 123456789012345678.0)
print(complex(1, 2) * complex(3, -1), abs(3 + 4j), (1j) ** 2, complex("1+2j"), (1 + 2j).conjugate(), 1j.imag, complex(0, -0.0))
print(int(3.99), int(-3.99), int(True), float(10**20), math.floor(-0.5), math.ceil(-0.5), math.isclose(0.1 + 0.2, 0.3))
print(hex(-42), oct(8), bin(-5), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (-1).to_bytes(2, "big", signed=True))
print(1 == 1.0, hash(1) == hash(1.0), 0.1 + 0.2 == 0.3, float("nan") == float("nan"), 1 < 2 < 3, 3 > 2 == 2)
print(str(1.0), str(1e16), str(1.5e-5), repr(0.1), str(100.0), 1e22, 1e21, 123e-20)
print(True + True, True * 3, -True, ~5, ~-1, 5 & 3, 5 | 3, 5 ^ 3, 1 << 70, -16 >> 2, (-1) ** 0.5)
print(math.inf > 10**400, 10**400 > 1e308, float(2**53 + 1), 2**53 + 1 == float(2**53 + 1))
try:
    float(10**400)
except OverflowError as e:
    print(e)
try:
    int(float("nan"))
except ValueError as e:
    print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print(e)
try:
    1 << -1
except ValueError as e:
    print(e)
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
try:
    int("1" * 5000)
except ValueError as e:
    print(str(e)[:60])
