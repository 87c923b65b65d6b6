# Reconciling two inventories: added, removed and changed entries.
warehouse = {"apple": 50, "banana": 20, "cherry": 0, "date": 7, "elder": 3}
shop = {"apple": 45, "banana": 20, "date": 9, "fig": 12, "grape": 1}

added = {k: shop[k] for k in shop.keys() - warehouse.keys()}
removed = {k: warehouse[k] for k in warehouse.keys() - shop.keys()}
changed = {k: (warehouse[k], shop[k]) for k in warehouse.keys() & shop.keys() if warehouse[k] != shop[k]}
same = sorted(k for k in warehouse.keys() & shop.keys() if warehouse[k] == shop[k])
print("added:", dict(sorted(added.items())))
print("removed:", dict(sorted(removed.items())))
print("changed:", dict(sorted(changed.items())))
print("same:", same)
merged = {}
for k in sorted(warehouse.keys() | shop.keys()):
    merged[k] = warehouse.get(k, 0) + shop.get(k, 0)
print(merged)
restock = sorted((k for k, v in merged.items() if v < 10), key=lambda k: (merged[k], k))
print("restock:", restock)
by_count = {}
for k, v in merged.items():
    by_count.setdefault(v >= 10, []).append(k)
print(by_count)
print(sum(merged.values()), len(merged), max(merged.items(), key=lambda kv: kv[1]))
