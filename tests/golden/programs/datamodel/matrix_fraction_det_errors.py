from fractions import Fraction
from numbers import Number
import functools


class Matrix:
    __slots__ = ("rows", "n", "m")

    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = [list(r) for r in rows]
        self.n, self.m = len(rows), len(rows[0])

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, n, m=None):
        return cls([[0] * (m or n) for _ in range(n)])

    def __repr__(self):
        return f"Matrix({self.rows!r})"

    def __str__(self):
        cells = [[str(x) for x in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("[" + " ".join(c.rjust(w) for c in r) + "]" for r in cells)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    __hash__ = None

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __setitem__(self, idx, v):
        i, j = idx
        self.rows[i][j] = v

    def __add__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        if (self.n, self.m) != (other.n, other.m):
            raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __neg__(self):
        return self * -1

    def __sub__(self, other):
        return self + (-other)

    def __mul__(self, k):
        if isinstance(k, Number):
            return Matrix([[x * k for x in r] for r in self.rows])
        return NotImplemented

    __rmul__ = __mul__

    def __matmul__(self, other):
        if self.m != other.n:
            raise ValueError("cannot multiply %dx%d by %dx%d" % (self.n, self.m, other.n, other.m))
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __pow__(self, k):
        return functools.reduce(Matrix.__matmul__, [self] * k, Matrix.identity(self.n))

    def __iter__(self):
        return iter(self.rows)

    def __len__(self):
        return self.n

    def __bool__(self):
        return any(any(r) for r in self.rows)

    @property
    def shape(self):
        return (self.n, self.m)

    @property
    def T(self):
        return Matrix([list(c) for c in zip(*self.rows)])

    def det(self):
        if self.n != self.m:
            raise ValueError("not square")
        a = [[Fraction(x) for x in r] for r in self.rows]
        det = Fraction(1)
        for col in range(self.n):
            pivot = next((r for r in range(col, self.n) if a[r][col] != 0), None)
            if pivot is None:
                return Fraction(0)
            if pivot != col:
                a[col], a[pivot] = a[pivot], a[col]
                det = -det
            det *= a[col][col]
            for r in range(col + 1, self.n):
                f = a[r][col] / a[col][col]
                a[r] = [x - f * y for x, y in zip(a[r], a[col])]
        return det


A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A)
print(repr(A + B), A - B, sep="\n")
print(A @ B)
print(2 * A == A * 2, A * 2.5)
print((A ** 5).rows, A.T.rows, A.shape)
print(A.det(), Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).det(), Matrix([[1, 2], [2, 4]]).det())
print(bool(Matrix.zeros(2)), bool(A), len(A), list(A))
A[0, 0] = Fraction(1, 3)
print(A, A[0, 0], A.det())
for bad in (lambda: A + Matrix.identity(3), lambda: A @ Matrix([[1, 2, 3]]), lambda: Matrix([[1], [1, 2]]),
            lambda: A + 1, lambda: hash(A), lambda: A.foo, lambda: setattr(A, "x", 1), lambda: "s" * A):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(Matrix.identity(3) @ Matrix([[1.5], [2], [Fraction(7, 2)]]))
