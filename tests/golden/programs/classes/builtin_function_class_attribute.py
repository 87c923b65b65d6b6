# A builtin function stored on a class is not a descriptor: it does not bind
# to the instance (a Python function does). The same holds for a metaclass's
# __call__ that is a builtin type or function.
import operator


class Shelf:
    size = len
    total = sum
    make = dict
    pick = operator.itemgetter(1)

    def __init__(self, items):
        self.items = items

    def count(self):
        return self.size(self.items)


s = Shelf([3, 4, 5])
print(s.count(), s.total(s.items), s.make(a=1), s.pick(s.items))
print(Shelf.size("abc"), type(Shelf.__dict__["size"]).__name__)
print([].append.__self__ == [], type(s.count).__name__, type(s.size).__name__)


class AsDict(type):
    __call__ = dict


class Config(metaclass=AsDict):
    pass


print(Config(debug=True, level=2), type(Config(x=1)).__name__)


class Counted(type):
    __call__ = len


class Word(metaclass=Counted):
    pass


print(Word("abc"), Word([1, 2]))
try:
    s.size()
except TypeError as e:
    print("TypeError:", e)
