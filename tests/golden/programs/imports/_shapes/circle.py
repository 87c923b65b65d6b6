from .util.maths import PI, square
print("circle", __name__, __package__)


def area(r):
    return PI * square(r)
