# The methods @dataclass generates are named after their class
# (__qualname__ 'Item.__eq__'), as CPython's _set_qualname does.
from dataclasses import dataclass, MISSING

@dataclass(order=True, frozen=True)
class Item:
    name: str
    qty: int = 0

for name in ("__init__", "__repr__", "__eq__", "__lt__", "__ge__", "__setattr__", "__delattr__"):
    print(name, getattr(Item, name).__qualname__)
print(Item.__repr__.__wrapped__.__qualname__)
print(type(MISSING).__name__)
