# An uncaught KeyError deep inside data processing.
inventory = {"apples": 5, "pears": 2}
orders = [("apples", 2), ("pears", 1), ("plums", 4)]


def reserve(item, qty):
    have = inventory[item]
    if have < qty:
        raise ValueError(f"only {have} {item}")
    inventory[item] = have - qty
    return qty


def process(orders):
    total = 0
    for item, qty in orders:
        total += reserve(item, qty)
        print(f"reserved {qty} {item}")
    return total


print("total", process(orders))
