# A multi-column report with computed widths and totals.
sales = {
    "Jan": {"north": 1200, "south": 950, "east": 1800},
    "Feb": {"north": 1350, "south": 700, "east": 2100, "west": 400},
    "Mar": {"north": 980, "south": 1220, "east": 1650, "west": 610},
}
regions = sorted({r for month in sales.values() for r in month})
col = max(len(r) for r in regions + ["total"]) + 2
print("month".ljust(6) + "".join(r.rjust(col) for r in regions) + "total".rjust(col))
grand = {r: 0 for r in regions}
for month, figures in sales.items():
    row = [figures.get(r, 0) for r in regions]
    for r, v in zip(regions, row):
        grand[r] += v
    cells = "".join((f"{v:,}" if v else "-").rjust(col) for v in row)
    print(month.ljust(6) + cells + f"{sum(row):,}".rjust(col))
print("".ljust(6, "-") + "-" * col * (len(regions) + 1))
print("sum".ljust(6) + "".join(f"{grand[r]:,}".rjust(col) for r in regions)
      + f"{sum(grand.values()):,}".rjust(col))
best = max(grand, key=grand.get)
print(f"best region: {best} ({grand[best] / sum(grand.values()):.1%} of sales)")
for month, figures in sales.items():
    bar = "".join(r[0].upper() * (v // 250) for r, v in sorted(figures.items()))
    print(f"{month} {bar}")
