"""Every simple and compound statement of Python 3.11, once at least."""
import os
import os.path as osp, sys
from . import sibling
from .. import parent as p
from .pkg.mod import (a, b as c,)
from __future__ import annotations
from math import *

x = 1
x = y = z = 0
x: int
x: int = 5
obj.attr: str = "v"
seq[0]: float
x += 1; x -= 1; x *= 2; x /= 2; x //= 3; x %= 4; x **= 2
x @= m; x &= 1; x |= 2; x ^= 3; x <<= 1; x >>= 1
pass
assert x, "message"
assert y

if x:
    pass
elif y:
    pass
elif z:
    x = 2
else:
    pass

while x > 0:
    x -= 1
    if x == 5:
        continue
    if x == 3:
        break
else:
    done = True

for i in range(10):
    print(i)
else:
    print("no break")

for k, v in d.items():
    pass

for (a, *rest), in pairs:
    pass

try:
    risky()
except ValueError:
    pass
except (TypeError, KeyError) as e:
    raise RuntimeError("bad") from e
except:
    raise
else:
    ok()
finally:
    cleanup()

try:
    pass
finally:
    pass

try:
    group()
except* OSError as eg:
    pass
except* (ValueError, TypeError):
    pass

with open("f") as f, open("g") as g:
    pass

with lock:
    pass

raise
return_value = None
