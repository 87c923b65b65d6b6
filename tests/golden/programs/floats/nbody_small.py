bodies = [
    [0.0, 0.0, 0.0, 0.0, 10.0],
    [1.0, 0.0, 0.0, 3.0, 0.1],
    [-2.0, 0.0, 0.0, -2.0, 0.2],
]

def step(dt):
    for i, a in enumerate(bodies):
        for b in bodies[i + 1:]:
            dx, dy = a[0] - b[0], a[1] - b[1]
            d2 = dx * dx + dy * dy + 0.01
            mag = dt / (d2 ** 1.5)
            a[2] -= dx * b[4] * mag
            a[3] -= dy * b[4] * mag
            b[2] += dx * a[4] * mag
            b[3] += dy * a[4] * mag
    for body in bodies:
        body[0] += dt * body[2]
        body[1] += dt * body[3]

def energy():
    e = 0.0
    for i, a in enumerate(bodies):
        e += 0.5 * a[4] * (a[2] ** 2 + a[3] ** 2)
        for b in bodies[i + 1:]:
            e -= a[4] * b[4] / ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2 + 0.01) ** 0.5
    return e

print(f"{energy():.9f}")
for _ in range(200):
    step(0.01)
print(f"{energy():.9f}")
print([round(c, 6) for c in bodies[1][:2]])
