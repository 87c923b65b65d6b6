rows = [("2024-01-03", "coffee", -3.5), ("2024-01-03", "salary", 2000.0), ("2024-01-04", "rent", -900.0),
        ("2024-01-05", "coffee", -3.75), ("2024-01-05", "books", -42.1)]
balance = 0.0
for date, what, amount in rows:
    balance += amount
    print(f"{date} {what:<8}{amount:>10.2f}{balance:>10.2f}")
spent = {}
for _, what, amount in rows:
    if amount < 0:
        spent[what] = spent.get(what, 0) - amount
print(sorted(spent.items(), key=lambda kv: -kv[1]))
