# Descriptive statistics computed by hand, printed with care.
import math

data = [2.5, 3.1, 4.7, 4.7, 5.0, 5.5, 6.2, 7.8, 8.1, 12.9]


def mean(xs):
    return sum(xs) / len(xs)


def median(xs):
    s = sorted(xs)
    n = len(s)
    mid = n // 2
    return s[mid] if n % 2 else (s[mid - 1] + s[mid]) / 2


def variance(xs, sample=True):
    m = mean(xs)
    return sum((x - m) ** 2 for x in xs) / (len(xs) - (1 if sample else 0))


def percentile(xs, p):
    s = sorted(xs)
    k = (len(s) - 1) * p / 100
    lo, hi = math.floor(k), math.ceil(k)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def mode(xs):
    counts = {}
    for x in xs:
        counts[x] = counts.get(x, 0) + 1
    return max(counts, key=lambda x: (counts[x], -x))


print("mean", mean(data))
print("median", median(data), median(data[:-1]))
print("mode", mode(data))
print("variance", variance(data), variance(data, sample=False))
sd = math.sqrt(variance(data))
print("stdev", sd, round(sd, 4))
for p in (0, 25, 50, 75, 90, 100):
    print(f"p{p:<3} {percentile(data, p):.3f}")
z = [(x - mean(data)) / sd for x in data]
print("z-scores:", [f"{v:+.2f}" for v in z])
print("outliers:", [x for x, zz in zip(data, z) if abs(zz) > 2])
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1.5, 2, 4]))
