parts = []
for i in range(10):
    parts.append(str(i * i))
line = ",".join(parts)
print(line, len(line))
acc = ""
for ch in "strata":
    acc = ch + acc
print(acc)
print("ab" * 3, 3 * "-", "=" * 0 + "|")
rows = [f"{n:>3}|{'#' * n}" for n in (1, 4, 9)]
print("\n".join(rows))
print("".join(reversed("stressed")), "".join(sorted("hello")))
print(str(12) + "px", repr("it's"), repr('say "hi"'), repr("tab\there"), str(None), str([1, "a"]))
