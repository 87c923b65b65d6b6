def area(shape):
    match shape:
        case ("circle", r):
            return round(3.14159 * r * r, 2)
        case ("rect", w, h):
            return w * h
        case ("square", s) | ("cube-face", s):
            return s * s
        case (kind, *_):
            raise ValueError(f"unknown shape {kind}")

for s in [("circle", 1), ("rect", 2, 3), ("square", 4), ("cube-face", 2)]:
    print(s, area(s))
try:
    area(("hexagon", 1))
except ValueError as e:
    print(e)
