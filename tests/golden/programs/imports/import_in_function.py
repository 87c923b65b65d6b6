def load():
    import _geometry
    from _geometry import square_area as sq
    return _geometry.PI, sq(2)


print(load())
try:
    _geometry
except NameError as e:
    print(e)
import sys
print("_geometry" in sys.modules)


def shadow():
    import _geometry as g
    return g.circle_area(1)


print(shadow())
