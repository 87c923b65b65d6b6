# Instrumenting code with ast: a NodeTransformer adds tracing to every
# function, then the changed tree is compiled and run.
import ast

SOURCE = '''
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

def lcm(a, b):
    return a * b // gcd(a, b)

results = [lcm(n, 6) for n in range(1, 5)]
print("results", results)
'''


class Tracer(ast.NodeTransformer):
    """Prints each call of a function with its arguments."""

    def visit_FunctionDef(self, node):
        self.generic_visit(node)
        names = [a.arg for a in node.args.args]
        message = ast.JoinedStr([ast.Constant(f"-> {node.name}(")] + [
            part
            for i, name in enumerate(names)
            for part in ([ast.Constant(", ")] if i else []) + [
                ast.FormattedValue(ast.Name(name, ast.Load()), -1, None)]
        ] + [ast.Constant(")")])
        trace = ast.Expr(ast.Call(ast.Name("print", ast.Load()), [message], []))
        node.body.insert(0, trace)
        return node


class Counter(ast.NodeTransformer):
    """Counts loop iterations in a global `steps`."""

    def visit_While(self, node):
        self.generic_visit(node)
        bump = ast.AugAssign(ast.Name("steps", ast.Store()), ast.Add(), ast.Constant(1))
        node.body.append(bump)
        return node

    def visit_FunctionDef(self, node):
        self.generic_visit(node)
        if any(isinstance(n, ast.While) for n in ast.walk(node)):
            node.body.insert(0, ast.Global(["steps"]))
        return node


tree = ast.parse(SOURCE, "<traced>")
tree = Counter().visit(Tracer().visit(tree))
tree.body.insert(0, ast.Assign([ast.Name("steps", ast.Store())], ast.Constant(0)))
ast.fix_missing_locations(tree)
print(ast.unparse(tree))
namespace = {}
exec(compile(tree, "<traced>", "exec"), namespace)
print("steps", namespace["steps"])

# An expression tree built by hand, compiled in 'eval' mode.
expr = ast.Expression(ast.BinOp(ast.Constant(6), ast.Mult(), ast.Name("x", ast.Load())))
code = compile(ast.fix_missing_locations(expr), "<expr>", "eval")
print([eval(code, {"x": x}) for x in range(4)])

# Line numbers survive: the error is reported on the line the tree says.
tree = ast.parse("total = 0\nfor d in [2, 1, 0]:\n    total += 10 // d\n")
try:
    exec(compile(tree, "<lines>", "exec"), {})
except ZeroDivisionError as e:
    import traceback
    print(traceback.format_exc().splitlines()[-3:])

# Trees that cannot be compiled.
bad_trees = [
    ast.Module([ast.Expr()], []),
    ast.Module([ast.Pass()], []),
    ast.Module([ast.Expr(ast.Name(3, ast.Load()), lineno=1, col_offset=0)], []),
]
for bad in bad_trees:
    try:
        compile(bad, "<bad>", "exec")
    except TypeError as e:
        print("TypeError:", e)
for mode, tree in [("eval", ast.Module([], [])), ("exec", ast.Expression(ast.Constant(1)))]:
    try:
        compile(tree, "<bad>", mode)
    except TypeError as e:
        print("TypeError:", e)
