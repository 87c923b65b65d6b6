import _geometry
from _geometry import square_area
print(_geometry.circle_area(2), square_area(3), _geometry.PI)
