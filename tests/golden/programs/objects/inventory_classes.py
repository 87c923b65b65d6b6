# An inventory with Product and Warehouse classes, restock rules and a report.
class OutOfStock(Exception):
    def __init__(self, product, wanted):
        super().__init__(f"only {product.qty} x {product.name} left, wanted {wanted}")
        self.product = product


class Product:
    def __init__(self, sku, name, price, qty=0, reorder_at=5):
        self.sku, self.name, self.price = sku, name, price
        self.qty, self.reorder_at = qty, reorder_at

    @property
    def value(self):
        return self.price * self.qty

    def needs_restock(self):
        return self.qty <= self.reorder_at

    def __repr__(self):
        return f"Product({self.sku!r}, qty={self.qty})"


class Warehouse:
    def __init__(self, name):
        self.name = name
        self.products = {}
        self.log = []

    def add(self, product):
        self.products[product.sku] = product
        return self

    def ship(self, sku, n):
        p = self.products[sku]
        if n > p.qty:
            raise OutOfStock(p, n)
        p.qty -= n
        self.log.append(("ship", sku, n))

    def restock(self, amount=20):
        for p in self.products.values():
            if p.needs_restock():
                p.qty += amount
                self.log.append(("restock", p.sku, amount))

    def __len__(self):
        return len(self.products)

    def __iter__(self):
        return iter(sorted(self.products.values(), key=lambda p: p.sku))

    def total_value(self):
        return sum(p.value for p in self)


w = Warehouse("north").add(Product("B2", "bolt", 0.1, 500)).add(Product("N1", "nut", 0.05, 8))
w.add(Product("W9", "washer", 0.02, 3, reorder_at=10))
for sku, n in [("B2", 120), ("N1", 5), ("W9", 4), ("N1", 2)]:
    try:
        w.ship(sku, n)
    except OutOfStock as e:
        print("OutOfStock:", e, "->", e.product)
print(list(w), len(w), f"{w.total_value():.2f}")
w.restock()
print(list(w), w.log[-2:], f"{w.total_value():.2f}")
