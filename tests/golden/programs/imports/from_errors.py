import sys
D = __file__.rsplit("/", 1)[0]
try:
    from _geometry import nothing_here
except ImportError as e:
    print(type(e).__name__, "|", str(e).replace(D, "D"), "|", e.name, e.path.replace(D, "D"))
try:
    from sys import nothing_here
except ImportError as e:
    print(type(e).__name__, "|", e, "|", e.name, e.path)
try:
    import _geometry.sub
except ImportError as e:
    print(type(e).__name__, "|", e, "|", e.name)
try:
    from . import something
except ImportError as e:
    print(type(e).__name__, "|", e, "|", e.name)
try:
    from .. import something
except ImportError as e:
    print(type(e).__name__, "|", e)
try:
    import no_such.module.here
except ModuleNotFoundError as e:
    print(type(e).__name__, "|", e, "|", e.name)
try:
    from _shapes.util import nope
except ImportError as e:
    print(type(e).__name__, "|", str(e).replace(D, "D"))
print(isinstance(ModuleNotFoundError(), ImportError))
sys.modules["_blocked"] = None
try:
    import _blocked
except ImportError as e:
    print(type(e).__name__, "|", e)
from _geometry import missing_name
