data = [2.5, 3.1, 4.7, 1.2, 9.8, 5.5, 3.3, 7.1]

def mean(xs):
    return sum(xs) / len(xs)

def median(xs):
    s = sorted(xs)
    mid = len(s) // 2
    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2

def stdev(xs):
    m = mean(xs)
    return (sum((x - m) ** 2 for x in xs) / (len(xs) - 1)) ** 0.5

print(f"mean={mean(data):.4f} median={median(data):.4f} stdev={stdev(data):.4f}")
print("min", min(data), "max", max(data), "range", round(max(data) - min(data), 2))
normalised = [round((x - min(data)) / (max(data) - min(data)), 3) for x in data]
print(normalised)
