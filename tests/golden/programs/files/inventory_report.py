# Reading a CSV support file next to the program and writing a summary report.
here = __file__.rsplit("/", 1)[0]
with open(f"{here}/_inventory.csv", encoding="utf-8") as f:
    header = f.readline().strip().split(",")
    rows = [dict(zip(header, line.strip().split(","))) for line in f if line.strip()]
for r in rows:
    r["qty"] = int(r["qty"])
    r["unit_price"] = float(r["unit_price"])
    r["value"] = r["qty"] * r["unit_price"]
print(f"{len(rows)} items in {len({r['category'] for r in rows})} categories")
out_of_stock = [r["name"] for r in rows if r["qty"] == 0]
print("out of stock:", ", ".join(out_of_stock))
by_cat = {}
for r in rows:
    by_cat.setdefault(r["category"], []).append(r)
with open("report.txt", "w") as out:
    for cat in sorted(by_cat):
        items = by_cat[cat]
        total = sum(r["value"] for r in items)
        out.write(f"== {cat} ({len(items)} items, {total:.2f}) ==\n")
        for r in sorted(items, key=lambda r: -r["value"]):
            out.write(f"  {r['sku']} {r['name']:<18} {r['qty']:>4} x {r['unit_price']:>6.2f} = {r['value']:>8.2f}\n")
with open("report.txt") as f:
    report = f.read()
print(report, end="")
print("report lines:", report.count("\n"), "| grand total:", f"{sum(r['value'] for r in rows):,.2f}")
