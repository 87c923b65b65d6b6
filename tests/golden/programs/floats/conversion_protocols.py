# complex(), float() and int() of objects that say how to convert themselves.
import math


class Vector2:
    """A 2-D vector that converts to a complex number."""

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __complex__(self):
        return complex(self.x, self.y)


class Fraction:
    def __init__(self, num, den):
        self.num, self.den = num, den

    def __float__(self):
        return self.num / self.den


class Slot:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class Liar:
    def __float__(self):
        return 1

    def __complex__(self):
        return "1+1j"


v = Vector2(3, 4)
print(complex(v), abs(complex(v)), complex(v, 1), complex(1, Fraction(1, 2)))
print(complex(Fraction(1, 4)), complex(Slot(7)), complex(Fraction(1, 2), Slot(3)))
print(float(Fraction(3, 8)), float(Slot(5)), math.sqrt(Fraction(9, 4)))
print(int(Slot(12)), [10, 20, 30][Slot(1)])

for make in (lambda: complex(Liar()), lambda: float(Liar()), lambda: complex(1, Liar()),
             lambda: complex(object()), lambda: complex(1, object()), lambda: float([1])):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
