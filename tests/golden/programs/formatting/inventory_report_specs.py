from decimal import Decimal

items = [
    ("Widget", 1234, 2.5, "hardware"),
    ("Gadget", 56, 19.99, "electronics"),
    ("Doohickey", 1000000, 0.015, "misc"),
    ("Thingamajig", 7, 1249.5, "electronics"),
    ("Sprocket", 0, 3.333333, "hardware"),
]

header = f"{'Item':<12}|{'Qty':>10}|{'Price':>10}|{'Value':>14}|{'Cat':^13}|"
print(header)
print("-" * len(header))
total = 0
for name, qty, price, cat in items:
    value = qty * price
    total += value
    print(f"{name:<12}|{qty:>10,}|{price:>10.2f}|{value:>14,.2f}|{cat:^13}|")
print(f"{'TOTAL':<12}|{'':>10}|{'':>10}|{total:>14,.2f}|")
print(f"{total:_.3f} {total:e} {total:.3g} {total:G} {total:%}")
print(f"{0.5:.0%} {1/3:.2%} {-0.0:+.1f} {42:+d} {42: d} {-42:08d} {42:#x} {42:#o} {42:#b} {255:X}")
print(f"{3.14159:10.3f}|{3.14159:<10.3f}|{3.14159:^10.3f}|{3.14159:*^12.1f}|{3.14159:=+10.2f}")
print(f"{'abc':.2}|{'abc':>5.1}|{123456789:,d}|{123456789:_x}|{1e21:,.0f}")
print(f"{12345.6789:,.2f} {-1234.5:,} {1234567:n} {0.000012345:.3e} {1e-7} {1e16} {123456789012345678.0}")
print("%-10s|%5d|%8.3f|%x|%o|%e|%g|%c|%r|%%" % ("left", 42, 2.71828, 255, 8, 12345.678, 0.0001, 65, "q"))
print("%(name)s has %(count)05d items" % {"name": "shop", "count": 42})
print("%+.2f %10.4s| %-6d| %#x %#o %5.1e" % (3.14159, "truncate", 7, 255, 8, 123456.0))
print("%s %s" % ([1, 2], (3,)), "%d%%" % 50, "%.0f %.0f %.0f" % (0.5, 1.5, 2.5))
print(format(1234.5, ",.1f"), format(0.1 + 0.2, ".17g"), format(10, "08b"), format("x", "^5"))
print(round(2.675, 2), round(0.125, 2), round(-0.5), round(1.5), round(2.5), round(1234, -2))
print(Decimal("1234.5678").quantize(Decimal("0.01")), f"{Decimal('1234.5678'):,.2f}", f"{Decimal('0.1') * 3}")
print("{:>8} {:<8} {:^8}!".format("r", "l", "c"), "{0}{1}{0}".format("ab", "-"), "{x[0]}{y.real}".format(x=[9], y=2.5))
print("{:{w}.{p}f}".format(3.14159, w=10, p=2), "{!r:>6}".format("a"), "{:%Y}".format if False else "")
for bad in ["{:d}".format, "{:,s}".format]:
    try:
        print(bad(1.5))
    except ValueError as e:
        print("ValueError:", e)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    f"{'x':=5}"
except ValueError as e:
    print("ValueError:", e)
table = {"apples": 3, "kiwis": 12, "plums": 100}
w = max(map(len, table))
for k, v in sorted(table.items(), key=lambda kv: -kv[1]):
    print(f"{k:.<{w + 3}}{v:.>6}")
print(f"{'nested ' + str(len(table)):>{w * 2}}", f"{table!r:.20}", f"{3+4j:.1f}", f"{True:>5}", f"{None!s:>5}")
