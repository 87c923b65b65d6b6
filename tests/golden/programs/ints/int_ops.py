for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3)]:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
print(1 << 70, (1 << 70) >> 65, -1 >> 3, ~5, 5 & 3, 5 | 3, 5 ^ 3)
print(abs(-12), int("  42 "), int("-0x1f", 16), int("1010", 2), int("zz", 36))
print(bin(10), oct(64), hex(255), hex(-255))
print(round(1234, -2), round(1250, -2), round(1350, -2))
print((255).bit_length(), (1024).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print(True + True, 3 * False, 10 ** -2)
print(int(3.99), int(-3.99), int("1_000_000"))
