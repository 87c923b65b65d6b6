def check(a, b):
    assert a == sorted(a) and b == sorted(b), "m"
try:
    check([1], [2, 1])
except AssertionError as e:
    print("caught", e)
x = 1
try:
    assert x == 1 and not x, "second"
except AssertionError as e:
    print(e)
assert x > 5, f"x is {x}"
