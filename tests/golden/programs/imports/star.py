from _stars import *
print(public, _listed)
try:
    print(other)
except NameError as e:
    print(e)
from _stars_noall import *
print(visible, helper())
try:
    print(_hidden)
except NameError as e:
    print(e)
from _starpkg import *
print(top, sub.NAME)
import _starpkg
print(hasattr(_starpkg, "other"))
from _starpkg import other
print(other.NAME, hasattr(_starpkg, "other"))
