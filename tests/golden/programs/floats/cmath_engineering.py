# Complex arithmetic the way engineering scripts use it: quadratic roots,
# AC circuit impedance in polar form, roots of unity and a small DFT.
import cmath
import math


def quadratic(a, b, c):
    d = cmath.sqrt(b * b - 4 * a * c)
    return (-b + d) / (2 * a), (-b - d) / (2 * a)


for coeffs in [(1, -3, 2), (1, 2, 5), (2, 0, 8), (1, 1, 1)]:
    r1, r2 = quadratic(*coeffs)
    print(coeffs, r1, r2, cmath.isclose(r1 * r2, coeffs[2] / coeffs[0]))

# A series RLC circuit at a few frequencies: Z = R + j(wL - 1/(wC)).
R, L, C = 50.0, 0.1, 1e-6
for f in (100, 503.3, 1000):
    w = 2 * math.pi * f
    z = complex(R, w * L - 1 / (w * C))
    mag, angle = cmath.polar(z)
    print(f"{f:7.1f} Hz  Z={z:.3f}  |Z|={mag:.4f}  phase={math.degrees(angle):+.3f} deg")
    back = cmath.rect(mag, angle)
    print("   round trip close:", cmath.isclose(back, z, rel_tol=1e-12))

roots = [cmath.exp(2j * cmath.pi * k / 6) for k in range(6)]
print([complex(round(r.real, 12), round(r.imag, 12)) for r in roots])
print(sum(roots), abs(sum(roots)) < 1e-12)


def dft(xs):
    n = len(xs)
    return [sum(x * cmath.exp(-2j * cmath.pi * k * t / n) for t, x in enumerate(xs)) for k in range(n)]


spectrum = dft([1, 2, 3, 4, 0, 0, 0, 0])
for k, c in enumerate(spectrum):
    print(k, c, round(abs(c), 10), round(cmath.phase(c), 10))

z = 3 + 4j
for name in ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "sinh", "cosh", "tanh",
             "asin", "acos", "atan", "asinh", "acosh", "atanh"]:
    print(f"{name:5}", getattr(cmath, name)(z), getattr(cmath, name)(-0.5j))
print(cmath.log(100, 10), cmath.log(-1), cmath.log(1j, 2), cmath.sqrt(-4), cmath.sqrt(-0.0))
print(cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.polar(-2), cmath.rect(3, 0))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nanj)
print(cmath.isinf(complex(math.inf, 1)), cmath.isnan(cmath.nanj), cmath.isfinite(1e308 + 1e308j))
print((1 + 2j) / (3 - 4j), 1 / (0.1 + 0.2j), (1e200 + 1e200j) / (1e200 - 1e199j))

for bad in [lambda: cmath.log(0), lambda: cmath.atanh(1), lambda: cmath.exp(1000),
            lambda: cmath.sqrt("4"), lambda: cmath.isclose(1, 1, abs_tol=-1), lambda: 1 / 0j]:
    try:
        bad()
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)


class Phasor:
    def __init__(self, mag, deg):
        self.mag, self.deg = mag, deg

    def __complex__(self):
        return cmath.rect(self.mag, math.radians(self.deg))


print(cmath.sqrt(Phasor(4, 90)), cmath.phase(Phasor(1, 45)))
