# An invoice laid out with str.format, f-strings and alignment specs.
items = [
    ("Widget", 4, 3.5),
    ("Gadget (large)", 1, 129.99),
    ("Cable", 12, 0.75),
    ("Service fee", 1, 45.0),
]
width = 46
print("=" * width)
print("{:^{w}}".format("INVOICE #2024-0042", w=width))
print("=" * width)
print("{:<20}{:>6}{:>10}{:>10}".format("Item", "Qty", "Price", "Total"))
print("-" * width)
subtotal = 0
for name, qty, price in items:
    line = qty * price
    subtotal += line
    print(f"{name:<20.18}{qty:>6d}{price:>10.2f}{line:>10,.2f}")
print("-" * width)
tax = subtotal * 0.2
for label, amount in [("Subtotal", subtotal), ("VAT 20%", tax), ("TOTAL", subtotal + tax)]:
    print(f"{label:>36}{amount:>10,.2f}")
print("=" * width)
print("Paid: {0:.0%} | due in {1} day{2}".format(0.5, 30, "s" if 30 != 1 else ""))
print("{item[0]} x{item[1]}".format(item=items[0]), "{0[1]:*^9}".format(items))
print("{:>{}}|{:<{}}|".format("r", 4, "l", 4), "%-6s|%6.1f|" % ("ab", 3.14159))
