# An abstract-style base class whose methods raise NotImplementedError.
import math


class Shape:
    name = "shape"

    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area()")

    def perimeter(self):
        raise NotImplementedError

    def describe(self):
        return f"{self.name} with area {self.area():.2f} and perimeter {self.perimeter():.2f}"


class Circle(Shape):
    name = "circle"

    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Rect(Shape):
    name = "rectangle"

    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    name = "square"

    def __init__(self, side):
        super().__init__(side, side)


class Blob(Shape):
    pass


shapes = [Circle(1), Rect(2, 3), Square(4)]
for s in shapes:
    print(s.describe())
print(sorted(type(s).__name__ for s in shapes), [isinstance(s, Rect) for s in shapes])
print(Square.__mro__)
print(sum(s.area() for s in shapes))
try:
    Blob().describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(Square.__bases__, issubclass(Square, Shape), Square.name, Shape.name)
