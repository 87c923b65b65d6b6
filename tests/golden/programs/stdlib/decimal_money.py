# Money arithmetic with decimal, as invoicing code does it: exact sums,
# quantize with rounding modes, contexts and precision, signals and traps,
# formatting, and conversions to and from Fraction, float and int.
from decimal import (Decimal, getcontext, localcontext, Context, ROUND_HALF_UP, ROUND_HALF_EVEN,
                     ROUND_DOWN, InvalidOperation, DivisionByZero, Inexact)
import decimal
from fractions import Fraction
import statistics

CENT = Decimal("0.01")
prices = [Decimal("19.99"), Decimal("5.01"), Decimal("0.10"), Decimal("0.20")]
subtotal = sum(prices)
tax = (subtotal * Decimal("0.0825")).quantize(CENT, rounding=ROUND_HALF_UP)
print(subtotal, tax, subtotal + tax, 0.1 + 0.2 == 0.3, Decimal("0.1") + Decimal("0.2") == Decimal("0.3"))

for value in ["2.675", "2.665", "-2.675", "2.5", "3.5"]:
    d = Decimal(value)
    print(value, d.quantize(CENT, ROUND_HALF_UP), d.quantize(CENT, ROUND_HALF_EVEN), d.quantize(CENT, ROUND_DOWN),
          round(d), round(d, 1))

print(Decimal(1) / Decimal(7))
getcontext().prec = 6
print(Decimal(1) / Decimal(7), Decimal(2).sqrt(), Decimal(10).ln(), Decimal(2) ** 100)
with localcontext() as ctx:
    ctx.prec = 40
    print(Decimal(2).sqrt(), Decimal(1).exp())
print(getcontext().prec, Decimal(2).sqrt())
getcontext().prec = 28

print(Decimal(0.1), Decimal("1.10") * 3, Decimal("1e-3"), Decimal("1.30").normalize(), Decimal("-0"))
print(repr(Decimal("3.140")), str(Decimal("1E+2")), Decimal("123.456").as_tuple())
print(f"{Decimal('1234567.891'):,.2f} {Decimal('0.5'):%} {Decimal('42'):08.3f} {Decimal('1.5e10'):e}")
print(int(Decimal("7.99")), float(Decimal("2.5")), Fraction(Decimal("0.125")), Decimal(7).as_integer_ratio())
print(Decimal("1.5") < 2, Decimal("2") == 2, Decimal("0.5") == 0.5, hash(Decimal("2.0")) == hash(2),
      sorted([Decimal("1.1"), Decimal("-3"), Decimal("0.5")]), max(Decimal("1"), Decimal("1.0")))
print(Decimal("10") // Decimal("3"), Decimal("10") % Decimal("3"), divmod(Decimal("-7"), Decimal("2")),
      -Decimal("5"), abs(Decimal("-2.5")), Decimal("2.5").copy_sign(Decimal("-1")))
print(Decimal("NaN").is_nan(), Decimal("Infinity") > 10 ** 15, Decimal("-Infinity").is_infinite(),
      Decimal("1.000").is_zero(), Decimal("12.5").adjusted(), Decimal("12.50").to_integral_value())

try:
    Decimal("12,5")
except InvalidOperation as e:
    print("InvalidOperation", type(e).__name__, isinstance(e, ArithmeticError))
try:
    Decimal(1) / Decimal(0)
except DivisionByZero as e:
    print("DivisionByZero", isinstance(e, ZeroDivisionError))
ctx = Context(prec=5, traps=[Inexact])
try:
    ctx.divide(Decimal(1), Decimal(3))
except Inexact:
    print("Inexact trapped")
lenient = Context(prec=5)
print(lenient.divide(Decimal(1), Decimal(3)), bool(lenient.flags[Inexact]), lenient.create_decimal("3.14159265"))
getcontext().traps[DivisionByZero] = False
print(Decimal(1) / Decimal(0))
getcontext().traps[DivisionByZero] = True

amounts = [Decimal("10.50"), Decimal("20.25"), Decimal("30.00"), Decimal("15.75")]
print(statistics.mean(amounts), statistics.median(amounts), statistics.stdev(amounts))
print(decimal.MAX_PREC > 0, decimal.ROUND_CEILING, Decimal.from_float(0.25))
