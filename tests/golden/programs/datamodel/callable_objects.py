# Objects with __call__: counters, polynomial functions and memoizers.
class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = list(coeffs)

    def __call__(self, x):
        result = 0
        for c in reversed(self.coeffs):
            result = result * x + c
        return result

    def derivative(self):
        return Polynomial(*[i * c for i, c in enumerate(self.coeffs)][1:])

    def __repr__(self):
        terms = []
        for power, c in reversed(list(enumerate(self.coeffs))):
            if c:
                terms.append(f"{c}" + ("" if power == 0 else "x" if power == 1 else f"x^{power}"))
        return " + ".join(terms) or "0"


class CallCounter:
    def __init__(self, fn):
        self.fn = fn
        self.count = 0

    def __call__(self, *args, **kwargs):
        self.count += 1
        return self.fn(*args, **kwargs)


p = Polynomial(1, -3, 0, 2)
print(p, "|", p.derivative(), "|", p.derivative().derivative())
print([p(x) for x in range(-2, 3)], callable(p), callable(Polynomial))


@CallCounter
def square(x):
    return x * x


print([square(i) for i in range(5)], square.count, type(square).__name__)
print(sorted([3, -1, 2], key=CallCounter(abs)), list(map(Polynomial(0, 1, 1), [1, 2, 3])))
