rows = [("widget", 4, 3.5), ("gadget", 10, 12.25), ("doohickey", 1, 100.0)]
for name, qty, price in rows:
    print("%-10s %3d @ %7.2f = %8.2f" % (name, qty, price, qty * price))
print("%s" % (1, ) , "%s %s" % ("a", [1, 2]), "%r" % ("q",), "%.2s" % "abc")
print("%d%%" % 50, "%+.1e" % 0.000123, "%#x %#o" % (255, 8), "%i" % 3.9)
print("%*d|%-*d|" % (5, 42, 4, 7))
