print((5).__add__(3), (5).__add__("x"), (2.5).__mul__(2), int.__sub__(10, 4))
class Money(int):
    def __add__(self, other):
        return Money(super().__add__(other))
    def __repr__(self):
        return f"Money({int(self)})"
print(Money(5) + 3, Money(2) + Money(4), 3 + Money(1))
