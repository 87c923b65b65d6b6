# Objects as dict keys and set members: __hash__ consistent with __eq__.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"P({self.x},{self.y})"


class Identity:
    def __init__(self, tag):
        self.tag = tag

    def __repr__(self):
        return f"I({self.tag})"


class NoHash:
    def __eq__(self, other):
        return True


pts = [Point(1, 2), Point(1, 2), Point(2, 1)]
print(len(set(pts)), {Point(1, 2): "a"}[Point(1, 2)], pts.count(Point(1, 2)), Point(1, 2) in set(pts))
objs = [Identity("a"), Identity("a")]
print(len(set(objs)), objs[0] == objs[1], objs[0] == objs[0], objs.index(objs[1]))
print(NoHash.__hash__ is None, NoHash() == 5)
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
grid = {Point(x, y): x * y for x in range(3) for y in range(3)}
print(grid[Point(2, 2)], sum(grid.values()), sorted(grid, key=lambda p: (p.y, p.x))[:4])
