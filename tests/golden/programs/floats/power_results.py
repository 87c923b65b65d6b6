# float ** float and mixed with ints: the values of C's pow, and CPython's OverflowError
vals = [0.5, 1.0, 2.0, 3.7, 1e-300, 1e300, 10.0, 7.0, 1.0000001]
exps = [0.5, -0.5, 2.0, 3.0, -3.0, 0.0, 1e10, -1e10, 2, 3, -2, 10, 0.3333333333333333]
for v in vals:
    for e in exps:
        try:
            print(v, e, repr(v ** e))
        except OverflowError as err:
            print(v, e, "OverflowError", err)
for v in [2, 3, 10]:
    print(v ** 0.5, v ** -1.5)
x = 2.5
x **= 3
print(x)
