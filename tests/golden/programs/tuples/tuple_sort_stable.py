students = [("amy", "B", 82), ("bob", "A", 95), ("cat", "B", 82), ("dan", "C", 60), ("eve", "A", 91)]
by_grade = sorted(students, key=lambda s: s[1])
print([s[0] for s in by_grade])
by_score_desc = sorted(students, key=lambda s: -s[2])
print([s[0] for s in by_score_desc])
print(sorted(students, key=lambda s: (s[1], -s[2], s[0])))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
