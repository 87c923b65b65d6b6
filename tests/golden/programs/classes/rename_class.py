# Assigning a class's __name__, __qualname__ and __module__ changes its repr and
# messages (only str is taken for the first two); namedtuple(module=) relies on it.
class T: pass
T.__name__ = 'X'; T.__qualname__ = 'Y.X'
print(T, T.__name__, T.__qualname__, repr(T())[:12], type(T()).__name__)
try: T.__name__ = 5
except TypeError as e: print(e)
try: T.__qualname__ = None
except TypeError as e: print(e)
T.__module__ = "mymod"; print(T, T.__module__)
T.__module__ = 5; print(T.__module__)
def factory(name):
    class Base:
        def __repr__(self): return f"<{type(self).__qualname__}>"
    Base.__name__ = Base.__qualname__ = name
    return Base
C = factory("Widget"); print(C, C(), C.__name__)
try: C.missing
except AttributeError as e: print(e)
try: int.__name__ = "x"
except TypeError as e: print(e)
from collections import namedtuple
print(namedtuple('P', 'x', module='mm'))
