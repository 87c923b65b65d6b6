# An AttributeError from a failed lookup carries name and obj (slots, not
# __dict__ entries); hasattr and getattr with a default swallow it.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


p = Point(1, 2)
try:
    p.z
except AttributeError as e:
    print(e.name, e.obj is p, e.__dict__, e)
e = AttributeError("plain")
print(e.name, e.obj, e.__dict__)
e.note = "kept"
print(e.__dict__)
print([hasattr(p, n) for n in ("x", "y", "z")], getattr(p, "z", "default"))
missing = sum(1 for i in range(1000) if not hasattr(p, "w%d" % (i % 3)))
print(missing)
try:
    p.xx
except AttributeError as e:
    print(type(e).__name__, e.name)
p.yy
