first, *middle, last = [1, 2, 3, 4, 5]
print(first, middle, last)
*head, tail = "abc"
print(head, tail)
a, (b, c), d = 1, (2, 3), 4
print(a, b, c, d)
for name, (x, y) in [("p", (1, 2)), ("q", (3, 4))]:
    print(name, x + y)
print(*range(3), *"ab")
merged = [*range(2), *[9, 8]]
print(merged, {**{"a": 1}, **{"b": 2}}, (*"xy",))
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    p, q, r = [1, 2]
except ValueError as e:
    print("ValueError:", e)
