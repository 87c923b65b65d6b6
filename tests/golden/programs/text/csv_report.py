# Parsing CSV-ish text with split and producing a grouped report.
DATA = """region,product,units,price
north,widget,12,2.50
south,gadget,3,10.00
north,gadget,7,9.50
east,widget,20,2.25
south,widget,5,2.75
east,gizmo,1,99.99
north,widget,8,2.50
west,gizmo,2,95.00
"""

lines = DATA.strip().split("\n")
header = lines[0].split(",")
rows = []
for line in lines[1:]:
    rec = dict(zip(header, line.split(",")))
    rec["units"] = int(rec["units"])
    rec["price"] = float(rec["price"])
    rows.append(rec)

print(f"{len(rows)} rows, columns: {header}")
totals = {}
for r in rows:
    key = (r["region"], r["product"])
    totals[key] = totals.get(key, 0) + r["units"] * r["price"]

print(f"{'region':<8}{'product':<8}{'revenue':>10}")
print("-" * 26)
for (region, product), rev in sorted(totals.items()):
    print(f"{region:<8}{product:<8}{rev:>10.2f}")
print("-" * 26)
by_region = {}
for (region, _), rev in totals.items():
    by_region[region] = by_region.get(region, 0) + rev
for region, rev in sorted(by_region.items(), key=lambda kv: -kv[1]):
    share = rev / sum(by_region.values())
    print(f"{region:<8}{rev:>10.2f} {share:>7.1%}")
best = max(rows, key=lambda r: r["units"] * r["price"])
print("best line:", best)
