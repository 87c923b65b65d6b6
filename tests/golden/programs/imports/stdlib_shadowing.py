import sys
here = __file__.rsplit("/", 1)[0]
with open(here + "/bisect.py", "w") as f:
    f.write("print('the user bisect, from', __name__)\nMINE = True\n")
import bisect
print(bisect.MINE, hasattr(bisect, "insort"))
del sys.modules["bisect"]
sys.path.remove(here)
import bisect
print(hasattr(bisect, "MINE"), bisect.bisect_left([1, 2, 3], 2))
import keyword
print(keyword.iskeyword("def"))
