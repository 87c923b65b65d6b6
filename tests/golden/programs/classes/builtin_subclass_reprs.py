# Subclasses of bytearray, set and frozenset: construction, repr naming the subclass, conversion errors
class BA(bytearray):
    pass


b = BA(b"xy")
print(len(b), b, type(b).__name__, bytes(b))
b.append(65)
print(b, BA(3), BA("hé", "utf-8"), BA([1, 2, 3]), BA())
print(isinstance(b, bytearray), b + b"!", b[0], b[-1:])


class Tagged(bytearray):
    def __init__(self, data, tag):
        super().__init__(data)
        self.tag = tag


t = Tagged(b"abc", "T")
print(t, t.tag, len(t))
try:
    class M(memoryview):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    BA(1.5)
except TypeError as e:
    print("TypeError:", e)
class S(set): pass
class F(frozenset): pass
print(repr(S([1])), repr(S()), repr(F([2])), repr(F()))
class L(list): pass
class D(dict): pass
print(repr(L([1])), D(a=1))
b=BA(b"x")
print(repr(b)); print(str(b)); print(b); print(f"{b}", [b])
class S(set): pass
print(str(S([1])))
