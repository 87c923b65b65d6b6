# Broken special methods get CPython's errors: __repr__/__format__ returning
# non-strings, negative or non-int __len__, __bool__ returning int,
# __index__ returning a non-int, unhashable __hash__ results, __iter__ not
# returning an iterator, missing context-manager methods.
class BadRepr:
    def __repr__(self): return 5
class BadLen:
    def __len__(self): return -1
class BadLen2:
    def __len__(self): return "x"
class BadBool:
    def __bool__(self): return 1
class BadIndex:
    def __index__(self): return "x"
class BadHash:
    def __hash__(self): return "x"
class BadIter:
    def __iter__(self): return 5
class BadNext:
    def __iter__(self): return self
class BadEnter:
    pass
class BadFormat:
    def __format__(self, spec): return 5
class BadStr:
    def __str__(self): raise RuntimeError("no str")
cases = [lambda: repr(BadRepr()), lambda: len(BadLen()), lambda: len(BadLen2()), lambda: bool(BadBool()), lambda: [1][BadIndex()],
         lambda: hash(BadHash()), lambda: iter(BadIter()), lambda: next(BadNext()), lambda: format(BadFormat()), lambda: str(BadStr()),
         lambda: f"{BadStr()}", lambda: print(BadStr()), lambda: "%s" % BadStr(), lambda: [BadRepr()].__repr__(), lambda: not BadBool()]
for c in cases:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)
try:
    with BadEnter():
        pass
except TypeError as e:
    print(e)
class AsyncOnly:
    async def __aenter__(self): pass
    async def __aexit__(self, *a): pass
try:
    with AsyncOnly():
        pass
except TypeError as e:
    print(e)
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
class B(int): pass
print([1, 2, 3][I(1)], "abc"[I(-1)], (1, 2)[I(0)], [1, 2, 3][B(2)], b"xy"[I(1)], range(5)[I(3)])
for bad in (I("x"), I(2.5), I(None)):
    try:
        [1, 2][bad]
    except TypeError as e:
        print(e)
