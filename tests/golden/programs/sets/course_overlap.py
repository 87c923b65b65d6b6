# Set algebra over course enrolments.
enrolled = {
    "math": {"ada", "bob", "cid", "dee"},
    "physics": {"bob", "dee", "eve"},
    "art": {"fay", "ada"},
    "music": set(),
}
everyone = set().union(*enrolled.values())
print(sorted(everyone), len(everyone))
print("math & physics:", sorted(enrolled["math"] & enrolled["physics"]))
print("math only:", sorted(enrolled["math"] - enrolled["physics"] - enrolled["art"]))
print("exactly one of math/physics:", sorted(enrolled["math"] ^ enrolled["physics"]))
for student in sorted(everyone):
    courses = sorted(c for c, s in enrolled.items() if student in s)
    print(f"  {student}: {', '.join(courses)}")
print(enrolled["art"] <= everyone, enrolled["art"] < enrolled["art"], enrolled["music"].issubset(enrolled["art"]))
print(enrolled["art"].isdisjoint(enrolled["physics"]), {"ada"}.issuperset(set()))
busy = {s for s in everyone if sum(s in v for v in enrolled.values()) >= 2}
print("busy:", sorted(busy))
s = set("mississippi")
s.discard("z")
s.add("!")
print(sorted(s), len(s), frozenset({1, 2}) == {1, 2}, {1, 2, 3} - {2} == {1, 3})
try:
    s.remove("z")
except KeyError as e:
    print("KeyError:", e)
n = {3, 1, 2}
print(n.pop() in {1, 2, 3}, sorted(n | {10}), {x % 3 for x in range(10)})
