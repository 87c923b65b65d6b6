import io, sys, contextlib, traceback

STUDENT_CODE = '''
def fizzbuzz(n):
    out = []
    for i in range(1, n + 1):
        if i % 15 == 0:
            out.append("FizzBuzz")
        elif i % 3 == 0:
            out.append("Fizz")
        elif i % 5 == 0:
            out.append("Buzz")
        else:
            out.append(str(i))
    return out

def reverse_words(s):
    return " ".join(reversed(s.split()))

def buggy_max(xs):
    best = 0
    for x in xs:
        if x > best:
            best = x
    return best

def crashes(x):
    return x / 0

print("student module loaded")
'''

BROKEN_CODE = '''
def f(x)
    return x
'''

def load(code, name="student"):
    ns = {"__name__": name}
    buf = io.StringIO()
    try:
        with contextlib.redirect_stdout(buf):
            exec(compile(code, f"<{name}>", "exec"), ns)
    except SyntaxError as e:
        return None, f"SyntaxError: {e.msg} (line {e.lineno}, offset {e.offset}) text={e.text!r}"
    return ns, buf.getvalue()

ns, out = load(STUDENT_CODE)
print("captured:", repr(out))
bad, msg = load(BROKEN_CODE, "broken")
print(bad, msg)

tests = [
    ("fizzbuzz", (15,), ["1", "2", "Fizz", "4", "Buzz", "Fizz", "7", "8", "Fizz", "Buzz", "11", "Fizz", "13", "14", "FizzBuzz"]),
    ("reverse_words", ("hello big world",), "world big hello"),
    ("buggy_max", ([3, 9, 2],), 9),
    ("buggy_max", ([-3, -9, -2],), -2),
    ("crashes", (1,), None),
    ("missing_fn", (), None),
]
score = 0
for name, args, expected in tests:
    try:
        fn = ns[name]
        got = fn(*args)
    except Exception as e:
        print(f"[ERROR] {name}{args}: {type(e).__name__}: {e}")
        tb = traceback.format_exception_only(type(e), e)
        print("   ", tb[-1].strip())
        continue
    ok = got == expected
    score += ok
    print(f"[{'PASS' if ok else 'FAIL'}] {name}{args!r:30} expected={expected!r} got={got!r}")
print(f"Score: {score}/{len(tests)} = {score / len(tests):.1%}")

err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to stderr", file=sys.stderr)
    sys.stderr.write("direct\n")
print("stderr captured:", err.getvalue().splitlines())
print(eval("2 ** 10"), eval("x + y", {"x": 1}, {"y": 2}), eval("[i*i for i in range(4)]"))
try:
    eval("1 +")
except SyntaxError as e:
    print("eval SyntaxError:", e.msg, e.lineno)
try:
    exec("for i in range(3):\nprint(i)")
except IndentationError as e:
    print(type(e).__name__, e.msg, e.lineno)
try:
    exec("x = 1\n  y = 2")
except IndentationError as e:
    print(type(e).__name__, e, repr(e.text))
g = {}
exec("import math\nr = math.floor(2.7)\ndef h(): return r * 2", g)
print(g["r"], g["h"](), sorted(k for k in g if not k.startswith("__")))
code = compile("a * 2", "<expr>", "eval")
print(eval(code, {"a": 21}), code.co_filename if hasattr(code, "co_filename") else "")
with contextlib.redirect_stdout(io.StringIO()) as f:
    exec("print('hidden', 1, 2, sep='-')")
print(repr(f.getvalue()))
old = sys.stdout
sys.stdout = io.StringIO()
print("swapped")
captured = sys.stdout.getvalue()
sys.stdout = old
print("got", repr(captured))
try:
    exec("def g():\n    return undefined_var\ng()")
except NameError as e:
    print("NameError:", e)
    print("".join(traceback.format_exception_only(type(e), e)), end="")
exec("raise ValueError('student raised')", {})
