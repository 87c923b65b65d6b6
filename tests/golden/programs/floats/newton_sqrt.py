def sqrt(x, eps=1e-12):
    if x < 0:
        raise ValueError("math domain error")
    guess = x / 2 or 1.0
    steps = 0
    while abs(guess * guess - x) > eps * max(1.0, x):
        guess = (guess + x / guess) / 2
        steps += 1
    return guess, steps

for x in [2, 9, 10, 0.25, 1e6, 12345.678]:
    r, steps = sqrt(x)
    print(f"sqrt({x}) = {r:.10f} in {steps} steps; check {r * r:.6f}")
try:
    sqrt(-1)
except ValueError as e:
    print("error:", e)
