# Complex numbers: quadratic roots, a small DFT, and rotating points in the plane.
import math


def roots(a, b, c):
    disc = b * b - 4 * a * c
    sq = math.sqrt(disc) if disc >= 0 else complex(0, math.sqrt(-disc))
    return (-b + sq) / (2 * a), (-b - sq) / (2 * a)


for coeffs in [(1, -3, 2), (1, 2, 5), (2, 0, 8), (1, 2, 1)]:
    r1, r2 = roots(*coeffs)
    print(coeffs, "->", r1, r2)


def dft(xs):
    n = len(xs)
    out = []
    for k in range(n):
        s = 0j
        for t, x in enumerate(xs):
            angle = -2 * math.pi * k * t / n
            s += x * complex(math.cos(angle), math.sin(angle))
        out.append(s)
    return out


signal = [0, 1, 0, -1, 0, 1, 0, -1]
spectrum = dft(signal)
print([round(abs(c), 6) for c in spectrum])
print([f"{c.real:+.3f}{c.imag:+.3f}j" for c in spectrum[:3]])
z = complex("3+4j")
print(z, abs(z), z.real, z.imag, z.conjugate(), z * z.conjugate(), -z, z / 2)
square = [complex(x, y) for x, y in [(1, 1), (-1, 1), (-1, -1), (1, -1)]]
turn = complex(math.cos(math.pi / 4), math.sin(math.pi / 4))
print([(round(p.real, 6), round(p.imag, 6)) for p in (q * turn for q in square)])
print(complex(1, 2) == 1 + 2j, 1j * 1j, (1 + 2j) - (1 + 2j), repr(complex(-0.0, 0.0)), complex("1e3-2.5j"))
