# Records as tuples with index constants, sorted and grouped.
NAME, DEPT, SALARY, START = range(4)
staff = [
    ("ada", "eng", 120_000, (2019, 3)),
    ("bob", "ops", 85_000, (2021, 7)),
    ("cid", "eng", 99_500, (2020, 1)),
    ("dee", "sales", 70_000, (2018, 11)),
    ("eve", "eng", 120_000, (2017, 5)),
    ("fay", "ops", 91_000, (2019, 3)),
]
for rec in sorted(staff, key=lambda r: (-r[SALARY], r[START])):
    print(f"{rec[NAME]:<4}{rec[DEPT]:<6}{rec[SALARY]:>9,} since {rec[START][0]}-{rec[START][1]:02d}")
by_dept = {}
for rec in staff:
    by_dept.setdefault(rec[DEPT], []).append(rec)
for dept, recs in sorted(by_dept.items()):
    total = sum(r[SALARY] for r in recs)
    print(f"{dept}: {len(recs)} people, mean {total / len(recs):,.1f}, earliest {min(r[START] for r in recs)}")
raise_pct = {"eng": 0.05, "ops": 0.03}
updated = tuple(r[:SALARY] + (round(r[SALARY] * (1 + raise_pct.get(r[DEPT], 0))),) + r[START:] for r in staff)
print(updated[0], updated[3])
print((1, 2) < (1, 2, 0), (2,) > (1, 99), (1, "b") < (1, "c"), max(staff, key=lambda r: r[START])[NAME])
t = (1, [2, 3])
t[1].append(4)
print(t, t.count(1), t.index([2, 3, 4]), len(t), t + (5,), t * 2)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
