# types.ModuleType(name, doc) makes an empty module (repr without origin) that
# exec can fill and sys.modules can make importable; its argument errors.
import types, sys
m = types.ModuleType("plugins", "Plugin registry")
print(m, m.__name__, m.__doc__, sorted(m.__dict__))
m.greet = lambda: "hi"
exec("X = 42\ndef double(v): return v * 2", m.__dict__)
print(m.X, m.double(4), m.greet())
sys.modules["plugins"] = m
import plugins
print(plugins is m, plugins.X)
from plugins import double
print(double(5))
try: types.ModuleType()
except TypeError as e: print(e)
try: types.ModuleType(5)
except TypeError as e: print(e)
print(types.ModuleType(name="kw").__name__)
