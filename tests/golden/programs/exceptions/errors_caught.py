nothing = None
tests = [
    lambda: nothing(),
    lambda: [1, 2][5],
    lambda: {}["k"],
    lambda: undefined_name,
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: int("12x"),
    lambda: [].pop(),
    lambda: (1).foo,
    lambda: 10 % 0,
    lambda: hash([]),
    lambda: next(iter([])),
    lambda: float("nope"),
    lambda: chr(-1),
    lambda: "abc".index("z"),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
def f(a, b, *, c):
    return a
for call in [lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, 2), lambda: f(1, 2, c=3, d=4)]:
    try:
        call()
    except TypeError as e:
        print(e)
x = 0
def g():
    print(x)
    x = 1
try:
    g()
except UnboundLocalError as e:
    print(e)
try:
    try:
        raise ValueError("inner")
    finally:
        print("finally")
except ValueError as e:
    print("outer caught", e)
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("fin", i)
