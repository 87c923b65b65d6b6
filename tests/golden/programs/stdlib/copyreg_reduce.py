# How objects tell copy how to rebuild them: reducers registered with
# copyreg.pickle, __reduce__/__reduce_ex__ with state, and __setstate__.
import copy
import copyreg


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


calls = []


def reduce_point(p):
    calls.append(repr(p))
    return Point, (p.x, p.y)


copyreg.pickle(Point, reduce_point)
print(copyreg.dispatch_table[Point] is reduce_point)
p = Point(1, [2, 3])
shallow, deep = copy.copy(p), copy.deepcopy(p)
print(shallow, deep, shallow.y is p.y, deep.y is p.y, calls)


class Account:
    def __init__(self, owner, balance=0):
        self.owner, self.balance, self.history = owner, balance, []

    def __reduce__(self):
        return Account, (self.owner,), {"balance": self.balance, "history": self.history}


acct = Account("ann", 10)
acct.history.append("open")
twin = copy.deepcopy(acct)
twin.history.append("copy")
print(twin.owner, twin.balance, twin.history, acct.history)


class Connection:
    def __init__(self, url):
        self.url, self.socket = url, "<live socket>"

    def __reduce_ex__(self, protocol):
        return Connection, (self.url,), {"reconnected": True}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.socket = "<new socket>"


c = copy.copy(Connection("db://x"))
print(c.url, c.socket, c.reconnected)


class Bag(list):
    def __reduce__(self):
        return Bag, (), None, iter(self)


b = copy.deepcopy(Bag([[1], [2]]))
print(type(b).__name__, b)
copyreg.add_extension("mymod", "Point", 240)
print(copyreg._extension_registry[("mymod", "Point")])
copyreg.remove_extension("mymod", "Point", 240)
try:
    copyreg.pickle(Point, "not callable")
except TypeError as e:
    print("TypeError:", e)
print(copyreg.__newobj__(Point, 5, 6) .__class__.__name__)
