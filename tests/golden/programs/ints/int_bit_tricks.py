# Bit manipulation: masks, popcount, gray codes, subsets via bits.
def bits(n, width=8):
    return format(n, f"0{width}b")


x = 0b10110100
print(bits(x), bits(x & (x - 1)), bits(x & -x), bits(~x & 0xFF), bits(x >> 2), bits((x << 1) & 0xFF))
print("popcount", bin(x).count("1"), "lowest set bit", (x & -x).bit_length() - 1)
for n in range(8):
    g = n ^ (n >> 1)
    print(n, bits(n, 3), bits(g, 3))
items = ["a", "b", "c", "d"]
subsets = [[items[i] for i in range(4) if mask >> i & 1] for mask in range(16)]
print(len(subsets), subsets[5], subsets[15], [s for s in subsets if len(s) == 3])
flags = {"read": 1, "write": 2, "exec": 4}
perm = flags["read"] | flags["exec"]
print([name for name, bit in flags.items() if perm & bit], perm ^ flags["read"])
print(-1 & 0xFFFF, -1 >> 10, -256 >> 4, 1 << 100 >> 98, 7 ^ -1)
print((-5) & 3, (-5) | 3, (-5) ^ 3, ~(-5), 5 & -8)


def reverse_bits(n, width):
    out = 0
    for _ in range(width):
        out = (out << 1) | (n & 1)
        n >>= 1
    return out


print([reverse_bits(n, 4) for n in range(16)])
print(int.bit_length(1023), (1024).bit_length(), (0).bit_length(), (-1024).bit_length())
