# Rewriting and evaluating code with ast: constant folding, renaming,
# literal_eval for config files, and syntax errors as ast reports them.
import ast


class Folder(ast.NodeTransformer):
    """Folds arithmetic on constants: 2 * 3 + x -> 6 + x."""
    OPS = {ast.Add: lambda a, b: a + b, ast.Sub: lambda a, b: a - b,
           ast.Mult: lambda a, b: a * b}

    def visit_BinOp(self, node):
        self.generic_visit(node)
        op = self.OPS.get(type(node.op))
        if op and isinstance(node.left, ast.Constant) and isinstance(node.right, ast.Constant):
            return ast.copy_location(ast.Constant(op(node.left.value, node.right.value)), node)
        return node


class Renamer(ast.NodeTransformer):
    def __init__(self, mapping):
        self.mapping = mapping

    def visit_Name(self, node):
        if node.id in self.mapping:
            return ast.Name(id=self.mapping[node.id], ctx=node.ctx)
        return node

    def visit_Expr(self, node):
        self.generic_visit(node)
        # Drop bare docstring-like strings.
        if isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            return None
        return node


src = '''
"""module doc"""
seconds = 60 * 60 * 24 + offset
area = width * (2 + 3)
"stray string"
print(seconds - 1 - 1, area)
'''
tree = Folder().visit(ast.parse(src))
print(ast.unparse(tree))
tree = Renamer({"offset": "delta", "width": "w"}).visit(tree)
tree = ast.fix_missing_locations(tree)
print(ast.unparse(tree))
for node in ast.walk(tree):
    if isinstance(node, ast.Name):
        print(node.id, node.lineno, node.col_offset)
ast.increment_lineno(tree, 10)
print([s.lineno for s in tree.body])

CONFIG = """{
    'name': 'strata',
    'version': (0, 1),
    'ratio': -0.25,
    'flags': {True, False, None},
    'sizes': [1, 2, 3e3, 4j, -5, +6],
    'raw': b'bytes',
    'neg_complex': -1-2j,
}"""
config = ast.literal_eval(CONFIG)
for key in sorted(config):
    print(key, "=", repr(config[key]))
print(ast.literal_eval("  [1, 2]"), ast.literal_eval(ast.parse("(1, 'a')", mode="eval")))
print(ast.literal_eval("set()"), ast.literal_eval("1 + 2j"))
for bad in ["x + 1", "f()", "[1, y]", "{1: 2}[1]", "1 + 'a'", "-'a'", "lambda: 0", "a.b"]:
    try:
        ast.literal_eval(bad)
    except ValueError as e:
        print(repr(bad), "->", type(e).__name__, str(e).split(":")[0])
try:
    ast.literal_eval("1 + (")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno)

for bad in ["x = (1,", "def f(:\n    pass", "if True:\npass", "a = 1 +* 2", "print 'x'", "x = 1\n  y = 2"]:
    try:
        ast.parse(bad, filename="snippet.py")
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.filename, e.lineno, e.offset)
