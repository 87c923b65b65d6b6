# One attribute site seeing many situations: the same line reads and
# writes attributes while classes and instances change under it.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def read_x(obj):
    return obj.x


def bump(obj):
    obj.x = obj.x + 1
    return obj.x


def call_norm(obj):
    return obj.norm1()


points = [Point(i, -i) for i in range(5)]
print([read_x(p) for p in points], [call_norm(p) for p in points])
print([bump(p) for p in points])

# The attribute is deleted: the site falls back to the class attribute.
Point.x = "class-level x"
del points[0].x
print(read_x(points[0]), read_x(points[1]))

# A data descriptor added to the class afterwards takes over reads and writes.
def get_x(self):
    return "property sees " + str(self.__dict__.get("x"))

def set_x(self, value):
    self.__dict__["x"] = value * 100

Point.x = property(get_x, set_x)
print(read_x(points[2]))
print(bump.__name__, end=" ")
try:
    bump(points[2])
except TypeError as e:
    print("TypeError:", e)
points[3].x = 7
print(points[3].__dict__["x"], read_x(points[3]))
del Point.x
print(read_x(points[3]), read_x(points[4]))

# An instance attribute shadows a method once set, and stops when deleted.
p = points[4]
print(call_norm(p))
p.norm1 = lambda: "instance attribute"
print(call_norm(p))
del p.norm1
print(call_norm(p))

# The method is replaced on the class.
Point.norm1 = lambda self: "replaced on the class"
print(call_norm(points[1]))

# Another class reaching the same site, and __class__ reassigned.
class Other:
    def __init__(self):
        self.x = "other x"

    def norm1(self):
        return "other norm"

o = Other()
print(read_x(o), call_norm(o), read_x(points[1]), call_norm(points[1]))
o.__class__ = Point
print(read_x(o), call_norm(o))

# __setattr__ and __getattribute__ added to a class later are honoured.
def loud_setattr(self, name, value):
    object.__setattr__(self, name, ("set", value))

Point.__setattr__ = loud_setattr
print(bump.__name__, end=" ")
try:
    bump(points[1])
except TypeError as e:
    print("TypeError:", e)
points[1].x = 5
print(points[1].x)
del Point.__setattr__

def shout(self, name):
    value = object.__getattribute__(self, name)
    return value.upper() if isinstance(value, str) else value

Point.__getattribute__ = shout
o.x = "quiet"
print(read_x(o))
del Point.__getattribute__
print(read_x(o))

# Names built at run time find the same attributes.
name = "".join(["x"])
setattr(points[2], name, 41)
print(read_x(points[2]), getattr(points[2], "x" + ""))

# Slots, and many classes through one site.
class Slotted:
    __slots__ = ("x",)

    def __init__(self):
        self.x = "slot x"

class Base:
    x = "from Base"

class Child(Base):
    pass

print([read_x(obj) for obj in [Slotted(), Child(), Base(), Slotted()]])
for obj in [Slotted(), Child()]:
    try:
        bump(obj)
    except TypeError as e:
        print(type(obj).__name__, "TypeError:", e)
c = Child()
c.x = 1
print(bump(c), Base.x)

# Methods of builtins through a cached call site.
def add_item(container, item):
    container.append(item)
    return len(container)

class MyList(list):
    def append(self, item):
        super().append(item * 2)

print(add_item([], 1), add_item(MyList([1]), 5), add_item([0, 0], 2))
ml = MyList()
add_item(ml, 3)
print(ml)
try:
    add_item((), 1)
except AttributeError as e:
    print("AttributeError:", e)
