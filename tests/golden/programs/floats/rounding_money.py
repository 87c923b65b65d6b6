# Rounding money: banker's rounding, float surprises, and integer cents.
prices = [0.125, 0.375, 2.675, 1.005, 0.5, 1.5, 2.5, -0.5, -1.5]
for p in prices:
    print(f"{p!r:>6} round={round(p, 2)!r:>5} round0={round(p)!r:>3} fmt={p:.2f}")
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
cart = [("book", 12.99, 3), ("pen", 0.35, 10), ("bag", 24.5, 1)]
total_float = sum(price * qty for _, price, qty in cart)
total_cents = sum(round(price * 100) * qty for _, price, qty in cart)
print(total_float, total_cents, f"{total_cents // 100}.{total_cents % 100:02d}")
tax_rate = 0.0825
tax = total_cents * tax_rate
print(tax, round(tax), int(tax), -int(-tax))
split = divmod(total_cents, 3)
print("split three ways:", split, [split[0] + (1 if i < split[1] else 0) for i in range(3)])
print(round(123456.789, -2), round(123456, -2), round(-0.0), round(0.5 + 1e-16))
print(sum([0.1] * 10), 0.1 * 10, sum([0.1] * 10) == 1.0)
