sales = [("North", 12500.5, 0.12), ("South", 8300.25, -0.05), ("East", 15320.0, 0.3), ("West", 990.75, 0.0)]
print(f"{'Region':<8}|{'Sales':>12}|{'Growth':>8}")
print("-" * 30)
for region, amount, growth in sales:
    print(f"{region:<8}|{amount:>12,.2f}|{growth:>+8.1%}")
total = sum(s[1] for s in sales)
print("-" * 30)
print(f"{'Total':<8}|{total:>12,.2f}|")
print(f"{'best':^30}")
print(f"{max(sales, key=lambda s: s[1])[0]:*^30}")
