try:
    compile("x = (1,\n", "<s>", "exec")
except SyntaxError as e:
    print(e, "|", e.msg, e.lineno, e.offset, repr(e.text), e.filename)
try:
    exec("def f(:\n  pass")
except SyntaxError as e:
    print(e, "|", e.msg, e.lineno, e.offset)
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__, e)
try:
    exec("if True:\nprint(1)")
except IndentationError as e:
    print(type(e).__name__, e)
exec("y = = 2")
