# if/elif ladders, conditional expressions, chained comparisons and truthiness.
def grade(score):
    if not isinstance(score, (int, float)) or isinstance(score, bool):
        return "invalid"
    elif score > 100 or score < 0:
        return "out of range"
    elif score >= 90:
        return "A"
    elif 80 <= score < 90:
        return "B"
    elif 70 <= score < 80:
        return "C"
    else:
        return "F"


for s in (95, 90, 89.99, 70, 12, -1, 101, "90", True, None):
    print(f"{s!r:>6} -> {grade(s)}")
for value in (0, 0.0, "", "0", [], [0], {}, None, float("nan"), -1):
    print(f"{value!r:>6} is {'truthy' if value else 'falsy'}")
x = 5
print(1 < x < 10, 1 < x > 3, x == 5 != 6, 0 < x < 3 or x, None or [] or "last", 0 and 1 / 0)
print([("even" if n % 2 == 0 else "odd") for n in range(4)], not 0, not "x")
a = b = []
print(a is b, [] is [], a == [], None is None, type(None).__name__)
