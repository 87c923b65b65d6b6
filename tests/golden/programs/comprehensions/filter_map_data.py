orders = [{"id": 1, "items": [("pen", 2), ("ink", 1)], "paid": True},
          {"id": 2, "items": [("pad", 5)], "paid": False},
          {"id": 3, "items": [("pen", 1), ("pad", 1), ("cap", 4)], "paid": True}]
paid_ids = [o["id"] for o in orders if o["paid"]]
qty = {}
for o in orders:
    for name, n in o["items"]:
        qty[name] = qty.get(name, 0) + n
print(paid_ids, qty)
print({o["id"]: sum(n for _, n in o["items"]) for o in orders})
print(sorted({name for o in orders for name, _ in o["items"]}))
print([name for o in orders if o["paid"] for name, n in o["items"] if n > 1])
