# Assignment expressions in loops, comprehensions and conditions.
data = [3, 8, 1, 9, 4, 12, 7]
if (n := len(data)) > 5:
    print(f"list is long ({n} elements)")
print([y for x in data if (y := x * 2) > 10], y)
chunks = iter(["alpha", "beta", "", "gamma"])
while chunk := next(chunks, None):
    print("chunk", chunk)
print("stopped at", repr(chunk))
totals = [total := 0] + [total := total + x for x in data]
print(totals, total)
import math
stats = {"mean": (m := sum(data) / len(data)), "var": sum((x - m) ** 2 for x in data) / len(data)}
print({k: round(v, 3) for k, v in stats.items()}, round(math.sqrt(stats["var"]), 3))
lines = ["key=value", "noequals", "a=b=c", "empty="]
for line in lines:
    if (i := line.find("=")) >= 0:
        print(f"{line[:i]!r} -> {line[i + 1:]!r}")
    else:
        print(f"{line!r} has no '='")
