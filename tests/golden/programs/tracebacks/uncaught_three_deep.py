# An IndexError three calls deep, after one successful call.
def a(n):
    return b(n) + 1
def b(n):
    return c(n) * 2
def c(n):
    return [1, 2, 3][n]
print(a(1))
print(a(5))
