n = 1234567.891
print(format(n, ","), format(n, "_.1f"), format(n, ".3e"), format(n, ".4g"), format(n, "%"))
print(format(42, "08b"), format(42, "#o"), format(42, "#X"), format(42, "+d"), format(-42, " d"), format(42, "c"))
print("{:>10}|{:<10}|{:^10}|".format("right", "left", "mid"))
print("{0} {1} {0}".format("a", "b"), "{name}={value!r}".format(name="x", value="1"))
print("{:.3}".format("truncate"), "{:10.2f}|".format(3.14159), "{:=+8}".format(-5))
print("%5d|%-5d|%05.1f|%x|%o|%e|%s|%r" % (42, 42, 3.14159, 255, 8, 12345.678, "s", "r"))
print("%(a)s and %(b)s" % {"a": "x", "b": "y"}, "%c%c" % (72, "i"), "%%")
w, p = 12, 3
print(f"{3.14159265:{w}.{p}f}|", f"{'nested':{'>'}{w}}|")
print(f"{1e100:g}", f"{0.00001234:g}", f"{123.0:g}", f"{float('inf'):f}", f"{-0.0:+}")
