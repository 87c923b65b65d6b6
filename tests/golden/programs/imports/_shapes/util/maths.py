from .. import util as _parent
from ..util import __name__ as _parent_name
print("maths", __name__, __package__, _parent.__name__, _parent_name)
PI = 3


def square(x):
    return x * x
