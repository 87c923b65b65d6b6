# A Fraction class implementing the numeric protocol with reflected operators.
import math


class Frac:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("Frac with zero denominator")
        g = math.gcd(num, den) * (1 if den > 0 else -1)
        self.num, self.den = num // g, den // g

    @staticmethod
    def _coerce(x):
        return x if isinstance(x, Frac) else Frac(x) if isinstance(x, int) else None

    def __add__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Frac(self.num * o.den + o.num * self.den, self.den * o.den)

    __radd__ = __add__

    def __sub__(self, o):
        return self + (-self._coerce(o))

    def __rsub__(self, o):
        return -self + o

    def __mul__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Frac(self.num * o.num, self.den * o.den)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = self._coerce(o)
        return Frac(self.num * o.den, self.den * o.num)

    def __rtruediv__(self, o):
        return Frac(o) / self

    def __neg__(self):
        return Frac(-self.num, self.den)

    def __pow__(self, n):
        return Frac(self.num ** n, self.den ** n) if n >= 0 else Frac(self.den ** -n, self.num ** -n)

    def __eq__(self, o):
        o = self._coerce(o)
        return o is not None and (self.num, self.den) == (o.num, o.den)

    def __lt__(self, o):
        o = self._coerce(o)
        return self.num * o.den < o.num * self.den

    def __float__(self):
        return self.num / self.den

    def __int__(self):
        return int(self.num / self.den)

    def __bool__(self):
        return self.num != 0

    def __hash__(self):
        return hash((self.num, self.den))

    def __repr__(self):
        return f"{self.num}/{self.den}" if self.den != 1 else f"{self.num}"


h = sum(Frac(1, k) for k in range(1, 8))
print(h, float(h), int(h), Frac(1, 2) + 1, 1 + Frac(1, 2), 1 - Frac(1, 3), 2 / Frac(4, 3))
print(Frac(2, -4), Frac(3, 4) ** 2, Frac(2, 3) ** -2, -Frac(1, 5), Frac(6, 3) == 2, bool(Frac(0, 7)))
print(sorted([Frac(1, 3), Frac(1, 4), Frac(1, 2)]), max(Frac(7, 8), Frac(8, 9)), round(float(Frac(22, 7)), 4))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    Frac(1, 2) + 0.5
except TypeError as e:
    print("TypeError:", e)
