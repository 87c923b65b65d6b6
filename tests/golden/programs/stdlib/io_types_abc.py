import io
import types
import sys
from collections.abc import Mapping, Sequence, Iterable, Callable, Hashable, MutableMapping

buf = io.StringIO()
buf.write("hello\n")
print("world", 42, sep=", ", file=buf)
buf.writelines(["a\n", "b\n"])
print(repr(buf.getvalue()), buf.tell())
buf.seek(0)
print(repr(buf.readline()), repr(buf.read(3)), buf.readlines())
src = io.StringIO("line one\nline two\nline three")
for n, line in enumerate(src, 1):
    print(n, line.rstrip("\n"))
with io.StringIO("x") as s:
    print(s.read())
print(s.closed)
try:
    s.read()
except ValueError as e:
    print("ValueError:", e)
try:
    io.StringIO().write(5)
except TypeError as e:
    print("TypeError:", e)
b = io.BytesIO(b"abc\ndef")
print(b.readline(), b.read(), b.getvalue())
b.write(b"!")
print(b.getvalue(), b.seek(0, io.SEEK_END))
old = sys.stdout
sys.stdout = io.StringIO()
print("captured")
text = sys.stdout.getvalue()
sys.stdout = old
print("got", repr(text))

ns = types.SimpleNamespace(x=1, y="two")
ns.z = [3]
print(ns, ns.x, ns == types.SimpleNamespace(x=1, y="two", z=[3]), vars(ns))
def f(): pass
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance(sys, types.ModuleType))
print(isinstance((i for i in []), types.GeneratorType), types.NoneType, type(None) is types.NoneType)
class A:
    def m(self): return 1
print(isinstance(A().m, types.MethodType), types.MethodType(lambda self: self.__class__.__name__, A())())
Dyn = types.new_class("Dyn", (A,), exec_body=lambda ns: ns.update(k=5))
print(Dyn.__name__, Dyn.k, Dyn().m())

def describe(x):
    kinds = []
    for name, abc in [("Mapping", Mapping), ("Sequence", Sequence), ("Iterable", Iterable), ("Callable", Callable), ("Hashable", Hashable)]:
        if isinstance(x, abc):
            kinds.append(name)
    return kinds
for obj in [{}, [], (), "s", 5, len, set(), frozenset(), range(3), b"x", bytearray(), None, A]:
    print(type(obj).__name__, describe(obj))

class Registry(MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        return self._d[k.lower()]
    def __setitem__(self, k, v):
        self._d[k.lower()] = v
    def __delitem__(self, k):
        del self._d[k.lower()]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
r = Registry()
r["Foo"] = 1
r.update({"BAR": 2})
print(r["FOO"], dict(r), len(r), "bar" in r, r == {"foo": 1, "bar": 2}, list(r.keys()), list(r.values()))
