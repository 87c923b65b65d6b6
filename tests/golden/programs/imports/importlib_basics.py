import importlib
m = importlib.import_module("_shapes.util.maths")
print(m.__name__, m.PI)
c = importlib.import_module(".circle", "_shapes")
print(c.__name__, c.area(1))
u = importlib.import_module("..util", "_shapes.circle")
print(u.__name__)
try:
    importlib.import_module(".x")
except TypeError as e:
    print(e)
try:
    importlib.import_module("_nope_")
except ImportError as e:
    print(type(e).__name__, e)
print(importlib.import_module("keyword").iskeyword("if"), importlib.invalidate_caches())
