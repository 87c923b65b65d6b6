class Inventory:
    def __init__(self):
        self.items = {"apple": 3}

    def take(self, name, n):
        have = self.items[name]
        if n > have:
            raise ValueError(f"only {have} {name}(s) left")
        self.items[name] = have - n

def process(orders):
    inv = Inventory()
    for name, n in orders:
        try:
            inv.take(name, n)
        except KeyError as e:
            raise LookupError(f"unknown item {name}") from e
    return inv

def main():
    process([("apple", 1)])
    try:
        process([("pear", 1)])
    except LookupError as e:
        print("caught:", e, "| cause:", repr(e.__cause__))
    data = {"orders": [("apple", 2), ("apple", 5)]}
    process(data["orders"])

main()
