# A small code inspector: what teaching tools built on `ast` do.
import ast

SOURCE = '''
"""Geometry helpers."""
import math
from collections import namedtuple as nt

Point = nt("Point", "x y")

def distance(p, q, *, squared=False):
    """Distance between two points.

    Uses Pythagoras.
    """
    d2 = (p.x - q.x) ** 2 + (p.y - q.y) ** 2
    return d2 if squared else math.sqrt(d2)

class Shape:
    sides: int = 0
    def area(self) -> float:
        raise NotImplementedError

async def fetch(urls):
    async with session() as s:
        return [await s.get(u) async for u in urls if u]

match command.split():
    case ["go", direction]: move(direction)
    case ["quit" | "exit"]: pass
    case {"x": x, **rest}: print(f"{x!r:>10} and {rest}")
    case Point(x=0, y=yy): print(yy)
total = sum(x * 2 for x in range(10) if x % 3)
lambda a, /, b=1, *c, d, **e: (a, b, c, d, e)
'''

tree = ast.parse(SOURCE, filename="geometry.py")
print(type(tree).__name__, len(tree.body), "statements")
print("docstring:", ast.get_docstring(tree))

counts = {}
for node in ast.walk(tree):
    name = type(node).__name__
    counts[name] = counts.get(name, 0) + 1
for name in sorted(counts):
    print(f"  {name:<16}{counts[name]}")


class FunctionLister(ast.NodeVisitor):
    def visit_FunctionDef(self, node):
        args = [a.arg for a in node.args.args + node.args.kwonlyargs]
        print(f"def {node.name}({', '.join(args)}) lines {node.lineno}-{node.end_lineno}")
        print("   doc:", repr(ast.get_docstring(node)))
        print("   raw doc:", repr(ast.get_docstring(node, clean=False)))
        self.generic_visit(node)

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_Import(self, node):
        print("import", [a.name for a in node.names], "at", node.lineno, node.col_offset)

    def visit_ImportFrom(self, node):
        print("from", node.module, "import", [(a.name, a.asname) for a in node.names], "level", node.level)


FunctionLister().visit(tree)

distance = next(s for s in tree.body if isinstance(s, ast.FunctionDef))
print(ast.dump(distance))
print(ast.dump(distance.body[1], include_attributes=True))
print(ast.dump(tree.body[-3], indent=2))
print(ast.dump(tree.body[-1], annotate_fields=False))
for stmt in tree.body:
    print(type(stmt).__name__, stmt.lineno, stmt.col_offset, stmt.end_lineno, stmt.end_col_offset)
print(ast.unparse(tree))

# Fields, children and classes.
call = ast.parse("f(1, *a, k=2, **kw)", mode="eval").body
print(list(ast.iter_fields(call))[0][0], [type(c).__name__ for c in ast.iter_child_nodes(call)])
print(ast.Call._fields, ast.expr._attributes, ast.Name.__match_args__)
print(isinstance(call, ast.expr), issubclass(ast.BinOp, ast.AST), ast.Load.__mro__[1].__name__)
print(ast.parse("x", mode="single").body[0].value.ctx.__class__.__name__)
print(ast.dump(ast.parse("(yield)", mode="eval")))
print(ast.dump(ast.parse("def f(a: int = 1) -> str: ...").body[0].args))
print(ast.dump(ast.Constant(value=1), include_attributes=True))
print(ast.dump(compile("del a[1:2]", "<s>", "exec", ast.PyCF_ONLY_AST)))
print(ast.dump(ast.Name("x"), annotate_fields=False))
try:
    ast.Name("x", ast.Load(), 3)
except TypeError as e:
    print("TypeError:", e)
