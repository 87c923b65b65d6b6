# Unpacking nested structures while iterating.
orders = [
    ("o1", ("ada", "uk"), [("pen", 2, 1.5), ("book", 1, 12.0)]),
    ("o2", ("bob", "fr"), [("ink", 3, 4.25)]),
    ("o3", ("cid", "uk"), []),
]
by_country = {}
for oid, (customer, country), lines in orders:
    total = sum(qty * price for _, qty, price in lines)
    by_country[country] = by_country.get(country, 0) + total
    items = ", ".join(f"{qty}x{name}" for name, qty, _ in lines) or "nothing"
    print(f"{oid} {customer:<4} {country} {total:>6.2f} {items}")
print(by_country)
points = {(0, 0): "origin", (1, 0): "east", (0, 1): "north"}
for (x, y), label in sorted(points.items(), key=lambda kv: kv[0][::-1]):
    print(f"{label:>6} at x={x} y={y}")
pairs = [[1, [2, 3]], [4, [5, 6]]]
print([a + b + c for a, (b, c) in pairs])
print({k: v for k, *v in ["abc", "de", "f"]})
