# Printing a month calendar with Zeller-style weekday arithmetic (no imports).
def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def days_in(y, m):
    return [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]


def weekday(y, m, d):
    # 0 = Monday ... 6 = Sunday (Sakamoto's method)
    t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
    if m < 3:
        y -= 1
    return (y + y // 4 - y // 100 + y // 400 + t[m - 1] + d - 1) % 7


MONTHS = "January February March April May June July August September October November December".split()


def month(y, m):
    lines = [f"{MONTHS[m - 1]} {y}".center(20), "Mo Tu We Th Fr Sa Su"]
    cells = ["  "] * weekday(y, m, 1) + [f"{d:2}" for d in range(1, days_in(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return lines


for y, m in [(2024, 2), (2023, 10), (2000, 1)]:
    print("\n".join(month(y, m)))
    print()
print([y for y in range(1896, 1920) if is_leap(y)])
print(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][weekday(1969, 7, 20)], weekday(2024, 12, 25))
fridays = [(y, m) for y in (2023, 2024) for m in range(1, 13) if weekday(y, m, 13) == 4]
print("Friday the 13th:", fridays)
