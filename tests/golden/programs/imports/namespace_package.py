import _nsdir.mod
import _nsdir.inner.calc as calc
D = __file__.rsplit("/", 1)[0]
print(_nsdir.mod.VALUE, calc.DOUBLE, calc.__package__)
print(_nsdir.__file__, [p.replace(D, "D") for p in _nsdir.__path__], _nsdir.__package__)
print(_nsdir.inner.__name__, _nsdir.inner.__file__)
from _nsdir import mod, inner
print(mod is _nsdir.mod, inner.calc is calc)
