from fractions import Fraction
import numbers
a = Fraction(1, 3); b = Fraction("2/7"); c = Fraction(0.75); d = Fraction("1.25")
print(a, b, c, d, a + b, a * b, a / b, a - 1, 2 ** Fraction(1, 2) if False else a ** 2, -a, abs(-a))
print(repr(a), float(a), int(Fraction(7, 2)), round(Fraction(7, 2)), round(Fraction(5, 2)), Fraction(22, 7).limit_denominator(5))
print(a < b, a == Fraction(2, 6), a == 1/3, hash(Fraction(1, 2)) == hash(0.5), sum([Fraction(1, n) for n in range(1, 6)]))
print(isinstance(a, numbers.Rational), isinstance(1, numbers.Integral), isinstance(1.5, numbers.Real), isinstance(1j, numbers.Complex))
print(Fraction(3, 4).as_integer_ratio(), Fraction(10, 4).numerator, Fraction(10, 4).denominator, f"{Fraction(1, 3)}", str(Fraction(4, 2)))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print(e)
