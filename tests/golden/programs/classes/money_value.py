# A Money value class with __eq__, __hash__, __lt__, arithmetic and __repr__.
class Money:
    def __init__(self, cents, currency="EUR"):
        self.cents = int(cents)
        self.currency = currency

    @classmethod
    def parse(cls, text):
        amount, currency = text.split()
        whole, _, frac = amount.partition(".")
        return cls(int(whole) * 100 + int((frac + "00")[:2]), currency)

    def _check(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        if other.currency != self.currency:
            raise ValueError(f"cannot mix {self.currency} and {other.currency}")
        return None

    def __add__(self, other):
        bad = self._check(other)
        if bad is NotImplemented:
            return NotImplemented
        return Money(self.cents + other.cents, self.currency)

    def __mul__(self, k):
        return Money(round(self.cents * k), self.currency)

    __rmul__ = __mul__

    def __eq__(self, other):
        return isinstance(other, Money) and (self.cents, self.currency) == (other.cents, other.currency)

    def __hash__(self):
        return hash((self.cents, self.currency))

    def __lt__(self, other):
        self._check(other)
        return self.cents < other.cents

    def __repr__(self):
        return f"Money({self.cents}, {self.currency!r})"

    def __str__(self):
        return f"{self.cents // 100}.{self.cents % 100:02d} {self.currency}"


a = Money.parse("12.50 EUR")
b = Money(199)
print(a, b, repr(a + b), a * 3, 2 * b)
print(a == Money(1250), a != b, a < b, sorted([a, b, Money(5)]), max(a, b))
print(len({a, Money(1250), b}), a in [Money(1250)])
try:
    a + Money(1, "USD")
except ValueError as e:
    print("ValueError:", e)
try:
    a + 5
except TypeError as e:
    print("TypeError:", e)
print(sum([a, b], Money(0)))
