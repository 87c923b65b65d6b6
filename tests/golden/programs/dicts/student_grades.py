# Aggregating grades per student and subject with nested dicts.
raw = """ada math 91
ada physics 84
bob math 72
cid physics 65
bob chemistry 88
ada chemistry 95
cid math 58
bob physics 79
cid chemistry 70"""
grades = {}
for line in raw.splitlines():
    student, subject, score = line.split()
    grades.setdefault(student, {})[subject] = int(score)
subjects = sorted({s for g in grades.values() for s in g})
print(f"{'':6}" + "".join(f"{s:>11}" for s in subjects) + f"{'avg':>8}")
for student in sorted(grades):
    g = grades[student]
    avg = sum(g.values()) / len(g)
    print(f"{student:6}" + "".join(f"{g.get(s, '-'):>11}" for s in subjects) + f"{avg:>8.2f}")
best_by_subject = {s: max(grades, key=lambda st: grades[st].get(s, -1)) for s in subjects}
print(best_by_subject)
letter = lambda x: "A" if x >= 90 else "B" if x >= 80 else "C" if x >= 70 else "F"
report = {st: {s: letter(v) for s, v in sorted(g.items())} for st, g in sorted(grades.items())}
print(report)
counts = {}
for g in report.values():
    for l in g.values():
        counts[l] = counts.get(l, 0) + 1
print(dict(sorted(counts.items())))
print(list(grades["ada"].keys()), list(grades["ada"].values()), ("math", 91) in grades["ada"].items())
