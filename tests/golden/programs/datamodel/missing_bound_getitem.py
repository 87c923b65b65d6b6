# A dict subclass with __missing__ serves lookups through every path:
# subscription, the bound method handed to map(), and dict.__getitem__.

class Inventory(dict):
    """Counts of items; unknown items count as zero."""

    def __missing__(self, key):
        return 0


class Aliases(dict):
    """Names that map to themselves unless an alias is known."""

    def __missing__(self, key):
        self[key] = key.lower()
        return self[key]


class Strict(dict):
    def __getitem__(self, key):
        print("  Strict.__getitem__", key)
        return dict.__getitem__(self, key)

    def __missing__(self, key):
        return f"<{key}?>"


stock = Inventory(apples=3, pears=5)
wanted = ["apples", "plums", "pears", "kiwis"]
print("subscript:", [stock[w] for w in wanted])
print("bound method:", list(map(stock.__getitem__, wanted)))
lookup = stock.__getitem__
print("stored bound method:", lookup("figs"), lookup("apples"))
print("unbound dict.__getitem__:", dict.__getitem__(stock, "grapes"))
print("stock unchanged:", stock)

names = Aliases(NYC="New York")
print([names[n] for n in ["NYC", "LA", "SF"]])
print(sorted(names.items()))
print(names.__getitem__("BOS"), len(names))

s = Strict(a=1)
print(s["a"], s["b"])
print(s.__getitem__("c"))

plain = {"x": 1}
try:
    dict.__getitem__(plain, "y")
except KeyError as e:
    print("plain dict:", repr(e))
try:
    Inventory.__getitem__(plain, "y")
except KeyError as e:
    print("plain dict via subclass method:", repr(e))
print(dict.__getitem__)
try:
    dict.__getitem__(["not", "a", "dict"], 0)
except TypeError as e:
    print("TypeError:", e)
