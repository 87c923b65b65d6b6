# The old sequence protocol: iteration and `in` through __getitem__ alone.
class Squares:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i


class Alphabet:
    def __getitem__(self, i):
        if not isinstance(i, int):
            raise TypeError("integer index required")
        if i > 25:
            raise IndexError("past z")
        return chr(ord("a") + i)


print(list(Squares(6)), 16 in Squares(6), 15 in Squares(6), sum(Squares(4)))
print("".join(Alphabet())[:10], list(zip(Alphabet(), Squares(3))), max(Squares(5)))
it = iter(Squares(2))
print(next(it), next(it), next(it, "done"))
a, b, c = Squares(3)
print(a, b, c, sorted(Squares(4), reverse=True), list(enumerate(Squares(2))))
