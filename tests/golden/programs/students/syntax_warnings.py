x = 5
name = "Bob"
if x is 5:
    print("five")
if name is not "Alice":
    print("not alice")
print(x is None, x is True, x is ..., x is -1, x is (), x is (1, 2), () is x)
def f(a):
    return a is "s" or 1 < a is 2
print(f(3))
assert (x > 1, "x too small")
try:
    [(1, 2) (3, 4)]
except TypeError as e:
    print(e)
try:
    y = [1, 2, 3] [0, 1]
except TypeError as e:
    print(e)
try:
    z = 5 [0]
except TypeError as e:
    print(e)
try:
    "abc" ("d")
except TypeError as e:
    print(e)
try:
    {1, 2}[0]
except TypeError as e:
    print(e)
try:
    "abc"["x"]
except TypeError as e:
    print(e)
try:
    f"{x}"(1)
except TypeError as e:
    print(e)
print([1, 2][True], "ab"[0:1], (lambda: 1)())
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    code = compile("x is 'a'\nassert (1, 2)\n", "<student>", "exec")
print([(str(w.message), w.category.__name__, w.filename, w.lineno) for w in caught])
exec("print(1 is 1)")
eval("2 is 2")
warnings.simplefilter("error")
try:
    compile("3 is 3", "<e>", "eval")
except SyntaxWarning as e:
    print("SyntaxWarning raised:", e)
except SyntaxError as e:
    print("SyntaxError:", e)
