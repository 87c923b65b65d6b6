# Big integer arithmetic: factorials, powers, digit sums, modular inverses.
def digit_sum(n):
    return sum(int(d) for d in str(n))


f100 = 1
for k in range(2, 101):
    f100 *= k
print(len(str(f100)), digit_sum(f100), str(f100)[:20], str(f100).count("0"))
trailing = len(str(f100)) - len(str(f100).rstrip("0"))
print("trailing zeros:", trailing, sum(100 // 5**k for k in range(1, 4)))
print(2**1000 % 10**12, digit_sum(2**1000))
big = 3**200
print(big.bit_length(), big % 1000007, big // 7**100, (-big) // 7**100)
print(divmod(10**30 + 7, 12345), divmod(-(10**30), 12345))
print(pow(3, -1, 11), pow(10, -1, 17), pow(2, 10**18, 10**9 + 7))
print(int("1" * 40) * int("9" * 40))
print(10**50 // 3, -(10**50) // 3, 10**50 % -3)
print(abs(-(2**100)), -(2**63), 2**63 - 1, -(2**63) - 1)
print(hex(2**100), bin(2**70)[-8:], oct(8**30))
print((2**64).to_bytes(9, "big").hex(), int.from_bytes(b"\x01\x00\x00\x00\x00\x00\x00\x00\x00", "big"))
print(int("-0x1F", 16), int("0b1011", 0), int("  42  "), int("1_000_000"), int("zz", 36))
print((10**20).bit_count() if hasattr(int, "bit_count") else "n/a", (255).bit_count())
