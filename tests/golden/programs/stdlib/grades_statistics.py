import statistics
from fractions import Fraction
from collections import defaultdict
import math
import sys

RAW = """\
alice,math,91
alice,physics,78
bob,math,65
bob,physics,88
bob,chemistry,72
carol,math,99
carol,chemistry,94
dave,physics,55
dave,math,70
eve,chemistry,81
"""

def parse(text):
    for lineno, line in enumerate(text.splitlines(), 1):
        name, subject, score = line.split(",")
        yield name, subject, int(score)

by_student = defaultdict(dict)
by_subject = defaultdict(list)
for name, subject, score in parse(RAW):
    by_student[name][subject] = score
    by_subject[subject].append(score)

def letter(score):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if score >= cutoff:
            return grade
    return "F"

print(f"{'student':<8}{'n':>3}{'mean':>8}{'best':>10}  grades")
for name in sorted(by_student):
    scores = by_student[name]
    best = max(scores, key=scores.get)
    mean = statistics.mean(scores.values())
    grades = " ".join(f"{s[:4]}={letter(v)}" for s, v in sorted(scores.items()))
    print(f"{name:<8}{len(scores):>3}{mean:>8.2f}{best:>10}  {grades}")

print()
for subject, scores in sorted(by_subject.items(), key=lambda kv: -statistics.mean(kv[1])):
    spread = statistics.stdev(scores) if len(scores) > 1 else 0.0
    print(f"{subject:<10} mean={statistics.mean(scores):6.2f} median={statistics.median(scores):5} sd={spread:6.3f} range={min(scores)}-{max(scores)}")

allscores = [s for v in by_subject.values() for s in v]
q = statistics.quantiles(allscores, n=4)
print("quartiles", q, "iqr", q[2] - q[0])
z = {n: round((statistics.mean(s.values()) - statistics.mean(allscores)) / statistics.pstdev(allscores), 3) for n, s in by_student.items()}
print(sorted(z.items(), key=lambda kv: kv[1]))
weights = {"math": Fraction(1, 2), "physics": Fraction(1, 3), "chemistry": Fraction(1, 6)}
print(sum(weights.values()), weights)
for name, scores in sorted(by_student.items()):
    w = sum(weights[s] for s in scores)
    wavg = sum(weights[s] * v for s, v in scores.items()) / w
    print(f"{name}: weighted {wavg} = {float(wavg):.3f}")
nd = statistics.NormalDist.from_samples(allscores)
print(f"normal fit mu={nd.mean:.2f} sigma={nd.stdev:.2f} P(score>90)={1 - nd.cdf(90):.4f}")
print(math.fsum([0.1] * 10), sum([0.1] * 10), sys.float_info.epsilon, math.isclose(0.1 * 3, 0.3))
try:
    statistics.mode([])
except statistics.StatisticsError as e:
    print("error:", e)
