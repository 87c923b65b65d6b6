# A vending machine state machine driven by a scripted list of events.
PRODUCTS = {"A1": ("crisps", 120), "A2": ("chocolate", 95), "B1": ("water", 80)}
COINS = (200, 100, 50, 20, 10, 5)


def change_for(amount):
    out = []
    for c in COINS:
        while amount >= c:
            out.append(c)
            amount -= c
    return out


state, credit, stock = "idle", 0, {"A1": 1, "A2": 5, "B1": 0}
events = [("coin", 100), ("select", "A1"), ("coin", 50), ("select", "A1"), ("select", "A1"),
          ("coin", 3), ("coin", 100), ("select", "B1"), ("select", "Z9"), ("refund", None),
          ("refund", None), ("coin", 200), ("select", "A2")]
for kind, arg in events:
    if kind == "coin":
        if arg not in COINS:
            print(f"rejected coin {arg}")
            continue
        credit += arg
        state = "has_credit"
        print(f"credit {credit}")
    elif kind == "select":
        if arg not in PRODUCTS:
            print(f"no such product {arg}")
            continue
        name, price = PRODUCTS[arg]
        if stock[arg] == 0:
            print(f"{name} sold out")
        elif credit < price:
            print(f"{name} costs {price}, insert {price - credit} more")
        else:
            stock[arg] -= 1
            credit -= price
            print(f"vend {name}; change {change_for(credit)}")
            credit, state = 0, "idle"
    elif kind == "refund":
        if state == "idle":
            print("nothing to refund")
        else:
            print(f"refund {change_for(credit)}")
            credit, state = 0, "idle"
print("final stock", stock, "state", state)
