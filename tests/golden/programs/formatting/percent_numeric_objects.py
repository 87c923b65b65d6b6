from decimal import Decimal
from fractions import Fraction
import enum
class N(enum.IntEnum):
    A = 3
class MyF(float): pass
class HasIndex:
    def __index__(self): return 7
class HasInt:
    def __int__(self): return 9
class HasFloat:
    def __float__(self): return 2.5
print("%.2f" % Decimal("1.555"), "%d" % Decimal("7.9"), "%5.1f%%" % Fraction(1, 3), "%d" % Fraction(7, 2))
print("%d %s %x %.1f" % (N.A, N.A, N.A, N.A), "%.3f" % MyF(2.0), "%x %d" % (HasIndex(), HasIndex()), "%d" % HasInt(), "%f" % HasFloat())
print("%e" % Decimal("12345.678"), "%g" % Fraction(1, 8), "%i" % True, "%o" % N.A)
for bad, args in [("%d", [HasInt(), "s", 2.5, Decimal("1.5")]), ("%x", [HasFloat(), HasInt(), "s", 2.5]),
                  ("%f", [HasFloat(), "s", 2.5, Decimal("1.5")])]:
    for arg in args:
        try:
            print(bad % arg)
        except TypeError as e:
            print(bad, type(arg).__name__, "->", e)
