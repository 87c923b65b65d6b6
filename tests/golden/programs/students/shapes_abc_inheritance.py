from abc import ABC, abstractmethod
import math
from functools import total_ordering

class Shape(ABC):
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    @abstractmethod
    def area(self):
        pass
    @abstractmethod
    def perimeter(self):
        ...
    def describe(self):
        return f"{self.name}: area={self.area():.2f}, perimeter={self.perimeter():.2f}"
    def __str__(self):
        return self.describe()
    def __lt__(self, other):
        return self.area() < other.area()

class Circle(Shape):
    def __init__(self, r):
        super().__init__("Circle")
        self.radius = r
    @property
    def radius(self):
        return self._r
    @radius.setter
    def radius(self, v):
        if v <= 0:
            raise ValueError("radius must be positive")
        self._r = v
    def area(self):
        return math.pi * self.radius ** 2
    def perimeter(self):
        return 2 * math.pi * self.radius
    def __repr__(self):
        return f"Circle({self.radius!r})"

class Rectangle(Shape):
    def __init__(self, w, h, name="Rectangle"):
        super().__init__(name)
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
    def __repr__(self):
        return f"{type(self).__name__}({self.w}, {self.h})"
    def __eq__(self, other):
        return isinstance(other, Rectangle) and (self.w, self.h) == (other.w, other.h)

class Square(Rectangle):
    def __init__(self, s):
        super().__init__(s, s, "Square")
    @classmethod
    def unit(cls):
        return cls(1)
    @staticmethod
    def is_square(w, h):
        return w == h

class Half(Shape):
    def area(self):
        return 0

try:
    Shape("x")
except TypeError as e:
    print(e)
try:
    Half("h")
except TypeError as e:
    print(e)
shapes = [Circle(1), Rectangle(3, 4), Square(2), Circle(0.5), Square.unit()]
for s in sorted(shapes):
    print(s)
print(shapes)
print(Shape.count, Square.is_square(2, 2), Square(3) == Rectangle(3, 3), Square(3) == Square(4), Square(1) != Square(1))
print(isinstance(shapes[2], Rectangle), issubclass(Square, Shape), Square.__mro__)
print(max(shapes), min(shapes, key=lambda s: s.perimeter()))
try:
    Circle(-1)
except ValueError as e:
    print("ValueError:", e)
c = Circle(2)
try:
    c.radius = 0
except ValueError as e:
    print("ValueError:", e, c.radius)

@total_ordering
class Student:
    def __init__(self, name, gpa):
        self.name, self.gpa = name, gpa
    def __eq__(self, o):
        return (self.gpa, self.name) == (o.gpa, o.name)
    def __lt__(self, o):
        return (self.gpa, self.name) < (o.gpa, o.name)
    def __repr__(self):
        return f"Student({self.name!r}, {self.gpa})"
    def __hash__(self):
        return hash((self.name, self.gpa))
st = [Student("Zed", 3.5), Student("Amy", 3.9), Student("Bob", 3.5)]
print(sorted(st), sorted(st, reverse=True)[0], st[0] >= st[2], st[0] <= st[1])
print(len({Student("a", 1), Student("a", 1)}))

class Animal:
    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound
    def speak(self):
        return f"{self.name} says {self.sound}"
class Dog(Animal):
    def __init__(self, name):
        super().__init__(name, "Woof")
    def speak(self):
        return super().speak() + "!"
class Puppy(Dog):
    def speak(self):
        return super().speak().upper()
for a in [Animal("Generic"), Dog("Rex"), Puppy("Bit")]:
    print(a.speak(), type(a).__name__, type(a).__bases__)
print(Puppy.mro())
class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances
    def __str__(self):
        return f"Counter#{self.id}"
cs = [Counter() for _ in range(3)]
print(*cs, Counter.instances, sep=", ")
print(str(object()).startswith("<object object at"), repr(Animal("x"))[:22])
class NoStr:
    pass
print(NoStr.__name__, NoStr.__qualname__, NoStr.__module__)
Square(2).area = 5
Circle(3).bogus()
