# A module's own __getattr__ (PEP 562) answers for names it does not
# define, as deprecation shims and lazy loaders use it; and the numeric
# attributes of ints too big for a machine word.
import sys

_renamed = {"old_name": "new_name"}
new_name = "the new value"


def __getattr__(name):
    if name in _renamed:
        print(f"warning: {name} is deprecated, use {_renamed[name]}")
        return globals()[_renamed[name]]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


this = sys.modules[__name__]
print(this.old_name)
print(getattr(this, "new_name"), hasattr(this, "old_name"), hasattr(this, "gone"))
try:
    this.gone
except AttributeError as e:
    print("AttributeError:", e)

big = 3 ** 100
print(big.numerator == big, big.denominator, big.real == big, big.imag)
print((-big).numerator < 0, (big * 2).real // big)
from fractions import Fraction
print(Fraction(big, 3 ** 98), Fraction(10 ** 25) / 4)
