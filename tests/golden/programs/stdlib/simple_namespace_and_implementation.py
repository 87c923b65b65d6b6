# types.SimpleNamespace (also the type of sys.implementation): keywords only,
# repr, equality, attribute changes, subclasses.
import sys
import types

ns = types.SimpleNamespace(b=2, a=1)
print(ns, ns.a, ns.b, vars(ns))
ns.c = [3]
del ns.a
print(ns, ns == types.SimpleNamespace(b=2, c=[3]), ns != types.SimpleNamespace())
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError:", e)
try:
    hash(ns)
except TypeError as e:
    print("TypeError:", e)


class Config(types.SimpleNamespace):
    pass


print(Config(debug=True), isinstance(Config(), types.SimpleNamespace))
print(type(sys.implementation) is types.SimpleNamespace, sys.implementation.name)
print(sys.implementation.version == sys.version_info, sys.implementation.hexversion == sys.hexversion)
