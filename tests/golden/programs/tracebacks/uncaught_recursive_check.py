# A ValueError raised by a recursive function's argument check.
def fact(n):
    if n < 0:
        raise ValueError(f"negative: {n}")
    return 1 if n == 0 else n * fact(n - 1)
print(fact(5))
print(fact(-1 if True else 0))
