matrix = [[1, 2, 3], [4, 42, 6], [7, 8, 9]]
found = None
for i, row in enumerate(matrix):
    for j, value in enumerate(row):
        if value == 42:
            found = (i, j)
            break
    if found:
        break
print("found at", found)
total = 0
for row in matrix:
    for v in row:
        if v % 2 == 0:
            continue
        total += v
print("odd total", total)
x = 5
result = "big" if x > 3 else "small"
print(result, "yes" if not [] else "no", 1 if 0 else 2 if 1 else 3)
print(0 or "default", "" and "x", None or 0 or [], 3 and 4, not None)
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 != 2, x is not None)
