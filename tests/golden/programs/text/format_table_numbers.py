# Aligning numbers in tables: thousands separators, signs, percentages.
rows = [
    ("Revenue", 1234567.891, 0.1234),
    ("Costs", -987654.3, -0.05),
    ("Tax", 12.5, 0.0),
    ("Profit", 246913.591, 1.5),
]
print(f"{'item':<10}|{'amount':>16}|{'change':>9}|")
print(f"{'':-<10}+{'':->16}+{'':->9}+")
for name, amount, change in rows:
    print(f"{name:<10}|{amount:>16,.2f}|{change:>+9.1%}|")
print(f"{'total':<10}|{sum(r[1] for r in rows):>16,.2f}|{'':>9}|")
print()
for v in (0, 7, -7, 255, 65535):
    print(f"{v:>6d} {v:>+6d} {v: d} {v:08b} {v:#06x} {v:o} {v:^9,}")
for v in (3.14159, -0.5, 1e-7, 12345678.9, float("inf"), float("nan")):
    print(f"[{v:10.3f}] [{v:<12.3e}] [{v:^12g}] [{v:+.2%}]")
print("{:,}".format(10**20), "{:_}".format(2**40), "{:_x}".format(2**40))
print("%5s|%-5s|%05d|%.3f|%x|%e|%%" % ("ab", "cd", 42, 2 / 3, 255, 12345.678))
