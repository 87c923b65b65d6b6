# `%` formatting takes its right operand as given: an int subclass's `%s` is
# its str(), a namedtuple supplies the arguments, and any object with
# __getitem__ can serve `%(key)s`.
from collections import OrderedDict, defaultdict, namedtuple


class Code(int):
    def __str__(self):
        return f"E{int(self):03d}"


class Name(str):
    def __str__(self):
        return self.upper()


Point = namedtuple("Point", "x y")


class Env:
    def __getitem__(self, key):
        return f"<{key}>"


print("%s" % Code(7), "%s|%d" % (Code(7), Code(7)), "%r" % Code(7), "%x" % Code(255))
print("%s" % Name("ada"), "[%s]" % (Name("bob"),))
print("x=%s y=%s" % Point(3, 4), "%s" % (Point(1, 2),))
print("%(host)s:%(port)d" % OrderedDict(host="h", port=80), "%(n)d" % defaultdict(int))
print("%(user)s@%(domain)s" % Env(), "%s" % [1, 2])
try:
    print("%(a)s" % [1])
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % Point(1, 2)[:1])
except TypeError as e:
    print("TypeError:", e)
