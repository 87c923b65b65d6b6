from ._private import SIDE
from . import UNIT
AREA = SIDE * SIDE * UNIT
