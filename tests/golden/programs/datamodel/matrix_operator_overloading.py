from fractions import Fraction
import math


class MatrixError(ValueError):
    pass


class Matrix:
    __slots__ = ("rows", "cols", "data")

    def __init__(self, data):
        if not data or any(len(r) != len(data[0]) for r in data):
            raise MatrixError("ragged or empty matrix")
        self.rows, self.cols = len(data), len(data[0])
        self.data = [list(r) for r in data]

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, r, c):
        return cls([[0] * c for _ in range(r)])

    def __repr__(self):
        return f"Matrix({self.data!r})"

    def __str__(self):
        cells = [[str(x) for x in row] for row in self.data]
        width = max(len(c) for row in cells for c in row)
        return "\n".join("[" + " ".join(c.rjust(width) for c in row) + "]" for row in cells)

    def __getitem__(self, idx):
        i, j = idx
        return self.data[i][j]

    def __setitem__(self, idx, value):
        i, j = idx
        self.data[i][j] = value

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.data == other.data

    __hash__ = None

    def _check_shape(self, other, op):
        if (self.rows, self.cols) != (other.rows, other.cols):
            raise MatrixError(f"shape mismatch for {op}: {self.shape} vs {other.shape}")

    @property
    def shape(self):
        return (self.rows, self.cols)

    def __add__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        self._check_shape(other, "+")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.data, other.data)])

    def __neg__(self):
        return self * -1

    def __sub__(self, other):
        return self + (-other)

    def __mul__(self, k):
        if isinstance(k, (int, float, Fraction)):
            return Matrix([[x * k for x in row] for row in self.data])
        return NotImplemented

    __rmul__ = __mul__

    def __matmul__(self, other):
        if self.cols != other.rows:
            raise MatrixError(f"cannot multiply {self.shape} by {other.shape}")
        cols = list(zip(*other.data))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.data])

    def __pow__(self, n):
        result = Matrix.identity(self.rows)
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    def transpose(self):
        return Matrix([list(c) for c in zip(*self.data)])

    def determinant(self):
        if self.rows != self.cols:
            raise MatrixError("determinant of non-square matrix")
        m = [[Fraction(x) for x in row] for row in self.data]
        det = Fraction(1)
        for c in range(self.rows):
            pivot = next((r for r in range(c, self.rows) if m[r][c] != 0), None)
            if pivot is None:
                return Fraction(0)
            if pivot != c:
                m[c], m[pivot] = m[pivot], m[c]
                det = -det
            det *= m[c][c]
            for r in range(c + 1, self.rows):
                f = m[r][c] / m[c][c]
                m[r] = [a - f * b for a, b in zip(m[r], m[c])]
        return det

    def __iter__(self):
        return iter(self.data)

    def __bool__(self):
        return any(any(row) for row in self.data)


A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A + B, A - B, sep="\n")
print(repr(A @ B), repr(2 * A), repr(A * 0.5))
print(A ** 5)
fib = Matrix([[1, 1], [1, 0]]) ** 50
print(fib[0, 1])
print(A.determinant(), Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).determinant())
print(Matrix([[Fraction(1, 2), 1], [1, Fraction(1, 3)]]).determinant())
print(A.transpose(), A.shape, bool(Matrix.zeros(2, 2)), A == Matrix([[1, 2], [3, 4]]))
for bad in (lambda: A + Matrix([[1]]), lambda: A @ Matrix([[1, 2, 3]]), lambda: Matrix([[1], [1, 2]]),
            lambda: A + 1, lambda: hash(A), lambda: A.x, lambda: setattr(A, "x", 1), lambda: A ** "s"):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(list(map(sum, A)), [list(r) for r in A], isinstance(MatrixError(), ValueError))
rot = Matrix([[math.cos(math.pi / 6), -math.sin(math.pi / 6)], [math.sin(math.pi / 6), math.cos(math.pi / 6)]])
print(rot ** 12)
print(Matrix([[1.5, 2.25]]) @ Matrix([[2], [4]]))
