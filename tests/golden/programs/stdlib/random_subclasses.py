# random.Random subclasses: one with its own random() draws integers from it
# (CPython's __init_subclass__), one with getrandbits() from that.
import random


class Mine(random.Random):
    def random(self):
        return super().random() ** 2


class Bits(random.Random):
    def getrandbits(self, k):
        return super().getrandbits(k) ^ 1 if k else 0


class Plain(random.Random):
    pass


for cls in (Mine, Bits, Plain, random.Random):
    r = cls(42)
    print(cls.__name__, [r.randrange(100) for _ in range(5)], r.choice("abcdefgh"), r.sample(range(50), 4),
          cls._randbelow.__name__)
