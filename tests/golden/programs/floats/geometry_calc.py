# Plane geometry with tuples: distances, areas, polygon centroid, angles.
import math

polygon = [(0, 0), (4, 0), (4, 3), (2, 5), (0, 3)]


def dist(a, b):
    return math.hypot(b[0] - a[0], b[1] - a[1])


def area(poly):
    s = 0
    for (x1, y1), (x2, y2) in zip(poly, poly[1:] + poly[:1]):
        s += x1 * y2 - x2 * y1
    return s / 2


def centroid(poly):
    a = area(poly)
    cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(poly, poly[1:] + poly[:1]):
        cross = x1 * y2 - x2 * y1
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    return cx / (6 * a), cy / (6 * a)


perimeter = sum(dist(a, b) for a, b in zip(polygon, polygon[1:] + polygon[:1]))
print("area", area(polygon), "perimeter", round(perimeter, 6))
print("centroid", tuple(round(c, 4) for c in centroid(polygon)))
for p in polygon:
    ang = math.degrees(math.atan2(p[1], p[0]))
    print(f"{p}: r={math.hypot(*p):.3f} theta={ang:.1f}")
print(math.pi, math.e, math.tau, math.inf, -math.inf)
print(math.sin(math.pi / 6), math.cos(0), math.tan(math.pi / 4))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.copysign(3, -0.0))
print(math.isclose(0.1 + 0.2, 0.3), math.isfinite(1e308), math.isnan(float("nan")), math.dist((0, 0), (3, 4)))
print(math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.log10(1000), math.log2(1024), math.log(8, 2))
