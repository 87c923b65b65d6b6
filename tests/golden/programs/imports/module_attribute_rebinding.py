# Module attributes read in a loop see rebinding, deletion and a module's
# __getattr__ at once (Strata caches where each name is in the module dict).
import math
import sys
import types

mod = types.ModuleType("mod")
mod.value = 1
mod.func = lambda x: x * 2


def read_all(m):
    out = []
    for step in range(6):
        if step == 2:
            m.value = "rebound"
        if step == 3:
            del m.value
            m.__getattr__ = lambda name: f"fallback {name}"
        if step == 4:
            m.value = "back"
            m.func = lambda x: x + 100
        out.append((m.value, m.func(step)))
    return out


print(read_all(mod))
total = 0.0
for i in range(5):
    total += math.sqrt(i) + math.pi
    if i == 2:
        math.pi = 3
print(round(total, 6))
try:
    for i in range(3):
        if i == 1:
            del math.pi
        print(math.pi)
except AttributeError as e:
    print("AttributeError:", e)
print(sys.modules["math"] is math, math.__dict__ is vars(math), math.__name__)
