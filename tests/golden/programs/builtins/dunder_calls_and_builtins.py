import datetime
dt = datetime.datetime(2024, 1, 2, 3, 4, 5)
print(f"{dt:%Y/%m/%d %H-%M}", "{:%b %d}".format(dt), format(datetime.date(2020, 1, 1), "%j"))
print((5).__add__(3), (5).__add__(2.5), (2.5).__add__(1), (1).__radd__(True), (2).__mul__(1j), (1j).__add__(1), (5).__radd__(1), (2).__rsub__(10), (2.0).__rtruediv__(1), (3).__lt__(2.5), (3).__ge__("x"), int.__mul__(3, 4), "ab".__len__(), [1].__contains__(1), {1: 2}.__getitem__(1), (3).__eq__("x"), 1 .__lt__(2.5))
print(object.__eq__(1, 1), object.__ne__(1, 2), dict.__contains__({1: 1}, 1))
class P:
    def __init__(self): self._x = 0
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v
class C(P):
    @P.x.setter
    def x(self, v): self._x = v * 10
c = C(); c.x = 2; print(c.x)
class K:
    def m(self):
        return __class__
    def nested(self):
        def inner():
            return super().m()
        return inner
print(K().m())
try:
    K().nested()()
except RuntimeError as e:
    print("RuntimeError:", e)
lst = [3, 1, 2]
def key(v):
    lst.append(0)
    return v
try:
    lst.sort(key=key)
except ValueError as e:
    print(e)
print(sorted([(1, "b"), (1, "a"), (0, "z")], key=lambda t: t[0]), sorted("bca", reverse=True), sorted({3: 1, 1: 2}))
print(list(map(lambda x, y: x + y, [1, 2], [3, 4, 5])), list(zip(range(3), strict=False)), divmod(7.5, 2), pow(2, 10, 1000), abs(-3.5), abs(-4j))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(e)
print(isinstance(True, int), isinstance(1, (str, int)), issubclass(int, (str, object)), callable(print), id(1) == id(1), hash("a") == hash("a"))
print(round(123.456, 1), round(-1.5), round(2.5, 0), round(1e300), round(0.1 + 0.2, 15), int(round(7.5)))
print(bin(0), oct(-8), hex(2**70), int("-0b11", 0), int("0o17", 0), int("10", 36), format(255, "08b"), format(-1, "x"))
print(chr(0x1F600), ord("\n"), ascii("\x00é"), repr("'\""), repr('a"b'), repr("a'b"), str(b"\x00"), repr(b"'"))
print(min("b", "a", key=str.upper), max([1, 2], [1, 3]), max({"a": 2, "b": 1}, key=lambda k: -ord(k)), min([], default="empty"))
print(list(reversed(range(5))), list(range(0)), range(1, 10, 3)[1:], range(10)[-1], len(range(5, 0, -2)), 3 in range(0, 10, 3), range(3) == range(0, 3))
print(all(x > 0 for x in [1, 2]), any(x > 1 for x in [1]), sum([1.5, 2.5]), sum([], 10), enumerate.__name__)
print(vars(type("T", (), {"a": 1}))["a"], dir(object)[:3], getattr(1, "real"), hasattr("s", "upper"), globals()["__name__"], locals() is globals())
nums = [1, 2, 3, 4]
nums[1:3] = []
print(nums, nums * 2, [*nums, *"ab"], {**{"a": 1}, "b": 2}, (*nums,))
s = slice(1, 5, 2)
print(s, s.start, s.indices(3), [0, 1, 2, 3, 4, 5][s], "hello"[s], slice(None).indices(4))
print(frozenset({1}) | {2}, type(frozenset({1}) | {2}).__name__, {1, 2} - frozenset({1}), type({1} - frozenset()).__name__)
print(memoryview if False else "skip", bytes(bytearray(b"x")), bytearray(3), bytearray([1, 2]) == b"\x01\x02", b"x" in bytearray(b"xyz"))
print(str(3.0), str(-0.0), 1e100, 1.5e-10, 12345678901234567890.0, float("0.1") * 3, 3 * 1.1, 1 / 3, 2 / 3, 100.0 / 3)
