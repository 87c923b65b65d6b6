inventory = [
    {"sku": "A1", "name": "bolt", "qty": 120, "price": 0.1},
    {"sku": "B2", "name": "nut", "qty": 0, "price": 0.05},
    {"sku": "C3", "name": "gear", "qty": 7, "price": 4.5},
    {"sku": "D4", "name": "spring", "qty": 33, "price": 0.75},
]
in_stock = [item for item in inventory if item["qty"] > 0]
print("in stock:", [i["name"] for i in in_stock])
by_value = sorted(inventory, key=lambda i: i["qty"] * i["price"], reverse=True)
for item in by_value:
    print(f'{item["sku"]} {item["name"]:<7} {item["qty"] * item["price"]:8.2f}')
reorder = [i["sku"] for i in inventory if i["qty"] < 10]
print("reorder:", reorder)
total = sum(i["qty"] * i["price"] for i in inventory)
print(f"total value: {total:.2f}")
