def f(a, b, c=3, *, d):
    return a + b + c + d

tests = [
    lambda: f(1, 2, d=4),
    lambda: f(1, d=4),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, d=4, e=5),
    lambda: f(1, 2, a=1, d=4),
]
for t in tests:
    try:
        print("ok", t())
    except TypeError as e:
        print("TypeError:", e)

def pos_only(a, b, /, c):
    return a, b, c
print(pos_only(1, 2, c=3))
try:
    pos_only(a=1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)
