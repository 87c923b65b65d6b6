import sys
here = __file__.rsplit("/", 1)[0]
print(sys.path[0] == here, type(sys.path).__name__)
try:
    import extra_mod
except ImportError as e:
    print(e)
sys.path.insert(0, here + "/_libdir")
import extra_mod
print(extra_mod.VALUE)
import _counted
import _counted
print("_counted" in sys.modules)
del sys.modules["_counted"]
import _counted
first = sys.modules["_counted"]
import _counted as again
print(again is first)
sys.modules["fake_module"] = "I am a string"
import fake_module
print(fake_module)
