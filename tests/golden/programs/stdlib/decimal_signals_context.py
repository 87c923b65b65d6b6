from decimal import Decimal, getcontext, InvalidOperation, DivisionByZero, localcontext, ROUND_DOWN, Overflow
import decimal
for f in [lambda: Decimal("abc"), lambda: Decimal(1) / 0, lambda: Decimal(0) / 0, lambda: Decimal(-1).sqrt(),
          lambda: Decimal("1.5").quantize(Decimal("1e-30"), context=decimal.Context(prec=5)), lambda: Decimal(10) ** 999999999999,
          lambda: int(Decimal("NaN")), lambda: Decimal(1) % 0, lambda: Decimal("1e999999") * 10 ** 10]:
    try:
        print(f())
    except decimal.DecimalException as e:
        print(type(e).__name__, e, e.args)
    except Exception as e:
        print("other", type(e).__name__, e)
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / 7, Decimal("123456789") * 1)
    ctx.traps[DivisionByZero] = False
    print(Decimal(1) / 0, ctx.flags[DivisionByZero])
print(getcontext().prec, Decimal("1.23456").quantize(Decimal("0.01"), rounding=ROUND_DOWN))
Decimal("x1")
