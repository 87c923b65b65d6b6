cart = [("apple", 3, 0.5), ("bread", 1, 2.25), ("cheese", 2, 4.99), ("wine", 1, 12.0)]
TAX = 0.08
width = 32
print("RECEIPT".center(width, "="))
subtotal = 0.0
for item, qty, price in cart:
    line = qty * price
    subtotal += line
    print(f"{item.title():<12}{qty:>3} x {price:>6.2f} {line:>7.2f}")
print("-" * width)
tax = round(subtotal * TAX, 2)
for label, value in (("Subtotal", subtotal), ("Tax", tax), ("Total", subtotal + tax)):
    print(f"{label:<23}{value:>9.2f}")
print("=" * width)
