# compile() of str subclasses and AST trees (PyCF_ONLY_AST returns a tree as it is); bytes() with __bytes__ returning a subclass, and encoding without a string; a dict subclass as __annotations__
import ast, collections
class S(str):
    pass
print(type(compile(S("x = 1"), "<s>", "exec")).__name__)
tree = ast.parse("x = 1")
r = compile(tree, "<s>", "exec", flags=ast.PyCF_ONLY_AST)
print(type(r).__name__, r is tree)
print(type(compile("y = 2", "<s>", "exec", flags=ast.PyCF_ONLY_AST)).__name__)
ns = {}
exec(compile(tree, "<s>", "exec"), ns)
print(ns["x"])
class B(bytes):
    pass
class T:
    def __bytes__(self):
        return B(b"x")
r = bytes(T())
print(type(r).__name__, r)
class U:
    def __bytes__(self):
        return b"q"
try:
    print(bytes(U(), "utf-8"))
except TypeError as e:
    print("TypeError:", e)
def f(a):
    pass
f.__annotations__ = collections.OrderedDict(a=int)
print(type(f.__annotations__).__name__)
try:
    f.__annotations__ = 5
except TypeError as e:
    print("TypeError:", e)
try: bytes("a")
except TypeError as e: print(e)
try: bytes(b"a", errors="x")
except TypeError as e: print(e)
print(bytes("é", "utf-8"), bytearray("x", "ascii"), bytes(3), bytes([1,2]))
