cases = [
 "return 1",
 "yield 1",
 "x = yield",
 "await x",
 "def f():\n    await x",
 "break",
 "continue",
 "for x in y:\n    def f():\n        break",
 "nonlocal x",
 "def f():\n    nonlocal x",
 "def f():\n    print(x)\n    global x",
 "def f(x):\n    global x",
 "def f(x, x): pass",
 "def f(a, *, a): pass",
 "*a = 1",
 "a, *b, *c = d",
 "async def f():\n    yield 1\n    return 2",
 "x = 1\nglobal x",
 "def f():\n    x = 1\n    global x",
 "def f():\n    x: int\n    global x",
 "class C:\n    nonlocal x",
 "def f():\n    x = 1\n    class C:\n        nonlocal x\n        x = 2",
 "def f():\n    global x\n    nonlocal x",
 "[(yield x) for x in y]",
 "def f():\n    [(yield x) for x in y]",
 "def f():\n    ((yield x) for x in y)",
 "def f():\n    return [x async for x in y]",
 "class C:\n    [(y := 1) for x in z]",
 "[i := 0 for i in range(5)]",
 "[x for x in (y := [1])]",
 "def f():\n    from os import *",
 "f(a=1, a=2)",
 "def f():\n    yield from x\nasync def g():\n    yield from x",
 "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass",
 "del __debug__",
 "from __future__ import braces",
 "x = 1\nfrom __future__ import division",
 "from __future__ import nope",
 "match x:\n    case a:\n        pass\n    case b:\n        pass",
 "match x:\n    case _:\n        pass\n    case 1:\n        pass",
 "match x:\n    case 1 | a:\n        pass",
 "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x",
]
import json
out = []
for src in cases:
    try:
        compile(src, 'f', 'exec')
        out.append([src, None])
    except SyntaxError as e:
        out.append([src, e.msg, e.lineno, e.offset])
print(json.dumps(out))
