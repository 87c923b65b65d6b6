# Context managers via __enter__/__exit__: timers with fake clocks, transactions.
class Transaction:
    def __init__(self, store):
        self.store = store
        self.log = []

    def __enter__(self):
        self.snapshot = dict(self.store)
        self.log.append("begin")
        return self

    def set(self, key, value):
        self.store[key] = value

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.log.append("commit")
        else:
            self.store.clear()
            self.store.update(self.snapshot)
            self.log.append(f"rollback ({exc_type.__name__}: {exc})")
        return exc_type is KeyError


store = {"a": 1}
with Transaction(store) as tx:
    tx.set("b", 2)
print(store, tx.log)
with Transaction(store) as tx:
    tx.set("c", 3)
    raise KeyError("swallowed")
print(store, tx.log)
try:
    with Transaction(store) as tx:
        tx.set("d", 4)
        raise ValueError("propagates")
except ValueError as e:
    print("outer caught", e)
print(store, tx.log)


class Indent:
    level = 0

    def __enter__(self):
        Indent.level += 1
        return "  " * Indent.level

    def __exit__(self, *exc):
        Indent.level -= 1
        return False


with Indent() as a:
    print(a + "one")
    with Indent() as b, Indent() as c:
        print(c + "three")
    print(a + "back to one")
print(Indent.level)
