# OrderedDict.move_to_end and popitem (native): both ends, keywords, errors,
# many moves, a subclass's methods not called, an LRU built on them.
from collections import OrderedDict
o = OrderedDict((c, ord(c)) for c in "abcdef")
o.move_to_end("c"); o.move_to_end("a", last=False); o.move_to_end("f", False); o.move_to_end(key="b", last=0)
print(o, list(o), list(reversed(o)))
print(o.popitem(), o.popitem(last=False), o.popitem(False), o.popitem(last=True), o)
try:
    o.move_to_end()
except TypeError as e:
    print(e)
try:
    o.move_to_end([])
except TypeError as e:
    print(e)
o2 = OrderedDict.fromkeys(range(1000))
for i in range(0, 1000, 3):
    o2.move_to_end(i, last=bool(i % 2))
print(list(o2)[:10], list(o2)[-5:], len(o2))
class Logged(OrderedDict):
    def __getitem__(self, k):
        print("getitem", k)
        return super().__getitem__(k)
    def __delitem__(self, k):
        print("delitem", k)
        super().__delitem__(k)
l = Logged(x=1, y=2)
l.move_to_end("x")
print(l.popitem(), l.popitem(last=False), l)
class Plain(OrderedDict):
    pass
p = Plain(a=1, b=2)
print(p.popitem(False), p, type(p.popitem).__name__, OrderedDict.popitem(OrderedDict(z=0)))
it = iter(OrderedDict(a=1, b=2))
lru = OrderedDict()
for i in range(50):
    k = i * 7 % 11
    if k in lru:
        lru.move_to_end(k)
    else:
        lru[k] = i
        if len(lru) > 5:
            lru.popitem(last=False)
print(lru, lru == OrderedDict(lru), lru == dict(reversed(lru.items())), lru != OrderedDict(reversed(lru.items())))
