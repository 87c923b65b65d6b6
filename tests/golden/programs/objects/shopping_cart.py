# A shopping cart with line items, discounts as strategy objects and a receipt.
class Item:
    def __init__(self, sku, name, price):
        self.sku, self.name, self.price = sku, name, price


class Line:
    def __init__(self, item, qty):
        self.item, self.qty = item, qty

    @property
    def total(self):
        return self.item.price * self.qty


class PercentOff:
    def __init__(self, pct):
        self.pct = pct

    def apply(self, cart):
        return round(cart.subtotal * self.pct / 100, 2)

    def __str__(self):
        return f"{self.pct}% off"


class BuyNGetOne:
    def __init__(self, sku, n):
        self.sku, self.n = sku, n

    def apply(self, cart):
        for line in cart.lines:
            if line.item.sku == self.sku:
                return line.qty // (self.n + 1) * line.item.price
        return 0

    def __str__(self):
        return f"buy {self.n} get 1 ({self.sku})"


class Cart:
    def __init__(self):
        self.lines, self.discounts = [], []

    def add(self, item, qty=1):
        for line in self.lines:
            if line.item.sku == item.sku:
                line.qty += qty
                return self
        self.lines.append(Line(item, qty))
        return self

    @property
    def subtotal(self):
        return sum(l.total for l in self.lines)

    def receipt(self):
        out = [f"{l.qty:>3} x {l.item.name:<10} {l.total:>8.2f}" for l in self.lines]
        out.append(f"{'subtotal':>16} {self.subtotal:>8.2f}")
        total = self.subtotal
        for d in self.discounts:
            amount = d.apply(self)
            total -= amount
            out.append(f"{str(d):>16} {-amount:>8.2f}")
        out.append(f"{'TOTAL':>16} {total:>8.2f}")
        return "\n".join(out)


apple, tea = Item("A1", "apple", 0.5), Item("T9", "green tea", 3.75)
cart = Cart().add(apple, 5).add(tea, 2).add(apple, 2)
cart.discounts += [BuyNGetOne("A1", 2), PercentOff(10)]
print(cart.receipt())
