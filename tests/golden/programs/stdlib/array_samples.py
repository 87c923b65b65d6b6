# Audio-like sample buffers with array: packing 16-bit PCM, mixing,
# byte-order swaps and converting between typecodes.
from array import array, typecodes
import sys

print(typecodes)
left = array("h", [0, 1200, -3000, 32000, -32768])
right = array("h", (v // 2 for v in left))
print(left, right, left.itemsize, left.typecode, len(left))

mixed = array("h", (max(-32768, min(32767, a + b)) for a, b in zip(left, right)))
print("mixed:", mixed.tolist())

raw = mixed.tobytes()
print(len(raw), raw[:6] if sys.byteorder == "little" else raw[:6][::-1])
back = array("h")
back.frombytes(raw)
print(back == mixed, back[1:3], back[::-2], back[-1])

swapped = array("h", mixed)
swapped.byteswap()
swapped.byteswap()
print("byteswap twice is identity:", swapped == mixed)

levels = array("f", [0.1, 0.25, 1 / 3])
print(levels, [round(x, 6) for x in levels], levels.itemsize)
doubles = array("d", levels)
doubles.append(2.5)
doubles.extend([1, 2])
doubles.insert(0, -1.0)
print(doubles, doubles.index(2.5), doubles.count(1.0), 2.0 in doubles)

counts = array("B", b"\x00\x10\xff")
counts[0] = 7
counts += array("B", [1, 2])
counts *= 2
print(counts, counts.pop(), counts.pop(0), counts, bytes(counts.tobytes()))
del counts[1:3]
counts.reverse()
counts.remove(7)
print(counts, counts.buffer_info()[1])

text = array("u", "héllo")
text.fromunicode("!")
print(text, text.tounicode(), text[1], array("u"))
big = array("Q", [2**64 - 1, 0])
print(big, array("q", [-2**63]), array("l", [7]).itemsize, array("i", [1, 2]) < array("i", [1, 3]))
empty = array("i")
empty.fromlist([3, 1, 2])
print(empty, sorted(empty), sum(empty), list(reversed(empty)))

for bad in [lambda: array("z"), lambda: array("b", [200]), lambda: array("B", [-1]),
            lambda: array("H", [70000]), lambda: array("I", [-5]), lambda: array("i", [1.5]),
            lambda: array("d", ["x"]), lambda: array("b", "text"), lambda: array("i", b"abc"),
            lambda: array("i").extend(array("d")), lambda: array("i") + array("d"),
            lambda: array("i").pop(), lambda: array("i", [1]).remove(9), lambda: array("i", [1])[4],
            lambda: array("i").fromlist((1,))]:
    try:
        bad()
    except (ValueError, TypeError, OverflowError, IndexError) as e:
        print(type(e).__name__ + ":", e)
