for c in range(-10, 41, 10):
    f = c * 9 / 5 + 32
    label = "freezing" if c <= 0 else "cold" if c < 15 else "mild" if c < 25 else "hot"
    print(f"{c:>4}C {f:>6.1f}F {label}")
total = 0
n = 0
while total < 100:
    n += 1
    total += n
print(n, total)
