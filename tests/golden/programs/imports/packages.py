import _shapes.circle
print(_shapes.circle.area(2), _shapes.circle_area(3), _shapes.__doc__)
import _shapes.util.maths as m
print(m.square(5), m.__name__, m.__package__)
from _shapes import square, util
print(square.AREA, util.__name__, square.__package__)
from _shapes.util import maths
print(maths is m, _shapes.util.maths is m)
print(_shapes.__file__.replace(__file__.rsplit("/", 1)[0], "D"))
print([p.replace(__file__.rsplit("/", 1)[0], "D") for p in _shapes.__path__])
print(m.__file__.replace(__file__.rsplit("/", 1)[0], "D"))
print(hasattr(m, "__path__"), hasattr(_shapes.util, "__path__"))
print(__name__, __package__, __spec__)
import sys
print(sorted(k for k in sys.modules if k.startswith("_shapes")))
print(type(_shapes).__name__, type(m.__builtins__).__name__)
