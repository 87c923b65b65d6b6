# format(), %, str.format and f-strings, all through semantics.
print(format(3.14159, ".2f"), format(1234567, ","), format(255, "#x"), format(-42, "+08d"))
print(format(1e16), format(1.5e-7, "g"), format(0.1, ".17g"), format(12345.678, "_.1f"))
print(format(True), format(True, "d"), format("abc", "^9"), format("abc", "*>6"))
print(format(2**100, "_x"), format(-2**70, ","), format(3+4j), format(1.5-2j, ".1f"))
print("%5.2f|%-6s|%03d|%x|%r|%c|%%" % (3.14159, "ab", 7, 255, "q", 65))
print("%(a)s and %(b)05.1f" % {"a": "x", "b": 2.25})
print("%s" % ((1, 2),), "%s" % [1, 2], "%d%%" % 50)
print("{} {!r} {:>5} {x} {0}".format if False else "{0} {1!r} {0:>5} {x}".format("a", "b", x=1.5))
print("{:{}}|{:.{prec}f}".format("w", 4, 3.14159, prec=2))
print("{0[1]} {0[0]}".format(["p", "q"]), "{d[k]}".format(d={"k": 9}))
print("{:,}".format(10**12), "{:e}".format(12345.6789), "{:%}".format(0.125))
print(f"{3.5:08.3f} {'x'!r:>4} {255:#b} {1/3:.3}")
print(repr(1.1), repr(1e-5), repr(-0.0), repr(float("inf")), repr(2.5e300), str(1e22))
print(repr("it's"), repr('say "hi"'), repr("a\tb\x00\u200b"), ascii("héllo"))
print(repr(b"\x00ab'"), repr(bytearray(b"xy")), repr(3j), repr(complex(1, -0.0)))
for bad in ["%d" % (1,) + "%", ]:
    try:
        print(bad % ())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for expr in ['"%d" % "x"', '"%s %s" % (1,)', '"%s" % (1, 2)', '"{}{1}".format(1, 2)',
             '"{0".format(1)', '"{2}".format(1)', '"{x}".format()', 'format(1.5, "d")',
             'format("s", "d")', 'format([], "x")', '"%z" % 1', 'format(10, ",b")']:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__ + ":", e)
print("{x}-{y}".format_map({"x": 1, "y": 2}))
