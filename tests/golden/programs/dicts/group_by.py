people = [("alice", "eng", 120), ("bob", "ops", 90), ("carol", "eng", 135), ("dan", "sales", 70),
          ("erin", "ops", 95), ("frank", "eng", 101)]
by_dept = {}
for name, dept, salary in people:
    by_dept.setdefault(dept, []).append((name, salary))
for dept, members in by_dept.items():
    total = sum(s for _, s in members)
    names = ", ".join(n for n, _ in members)
    print(f"{dept:<6} n={len(members)} avg={total / len(members):.1f} [{names}]")
highest = {dept: max(m, key=lambda p: p[1])[0] for dept, m in by_dept.items()}
print(highest)
