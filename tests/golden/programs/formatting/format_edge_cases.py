# Formatting edge cases: zero padding with signs, rounding in format, huge and tiny numbers.
values = [0, -0.0, 0.5, 1.5, 2.5, -2.5, 1e16, 1.23456789e-8, 123456789.987654321, -1234.5]
for v in values:
    print(f"{v!r:>22} | {v:08.2f} | {v:+.3e} | {v:.4g} | {v:,.1f} | {v:%}")
print(f"{12345:08,}", f"{-42:06d}", f"{42:+06d}", f"{42: 6d}", f"{-42:<6d}|", f"{42:^+7d}|")
print(f"{3.14159:.0f}", f"{0.5:.0f}", f"{1.5:.0f}", f"{-0.5:.0f}", f"{9.995:.2f}", f"{1.005:.2f}")
print(f"{1e100:.3g}", f"{1e-100:.3g}", f"{123.456:.2g}", f"{0.0001:g}", f"{0.00001:g}", f"{1e15:g}", f"{1e16:g}")
print(f"{10**25:,}", f"{10**25:e}", f"{2**70:_b}"[:20], f"{-255:#x}", f"{255:#010b}")
print(format(1234.5678, "n"), format(0.1, ".20f"), format(1 / 3, ".17g"), format(2 / 3, "r") if False else "")
print("{:>10.3s}|{:<5}|{:^5}|".format("abcdef", True, None), "{!r:>8}".format("q"), "{:.2%}".format(1 / 8))
print("{0:{1}{2}}".format(3.14159, ">10", ".3f"), "{x[a]} {y.real}".format(x={"a": 1}, y=2.5))
try:
    print("{:d}".format(2.5))
except ValueError as e:
    print("ValueError:", e)
try:
    print("{} {}".format(1))
except IndexError as e:
    print("IndexError:", e)
try:
    print(f"{'abc':d}")
except ValueError as e:
    print("ValueError:", e)
