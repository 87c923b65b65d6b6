# A class deriving from a builtin type and a mixin: the special methods the
# builtin type lacks come from the mixin (CPython's slots look along the
# whole MRO), the ones it has stay the builtin's.
from enum import IntFlag


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(list(rw), len(rw), Perm.W in rw, Perm.X in rw, list(Perm(7)), bool(Perm(0)))


class Bits:
    def __iter__(self):
        return iter(i for i in range(self.bit_length()) if self >> i & 1)

    def __len__(self):
        return bin(self).count("1")

    def __contains__(self, bit):
        return bool(self >> bit & 1)

    def __str__(self):
        return "Bits.__str__"

    def __add__(self, other):
        return "Bits.__add__"


class Mask(int, Bits):
    pass


m = Mask(0b1011)
print(list(m), len(m), 1 in m, 2 in m, m + 1, str(m), repr(m))


class AttrAccess:
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __len__(self):
        return -1


class AttrDict(dict, AttrAccess):
    pass


d = AttrDict(host="localhost", port=8080)
print(d.host, d.port, len(d), str(d))
try:
    d.user
except AttributeError as e:
    print("AttributeError", e)


class Tagged(tuple, Bits):
    pass


t = Tagged((1, 2))
print(str(t), len(t), hash(t) == hash((1, 2)))


class N(int):
    def __repr__(self):
        return f"N({int(self)})"

    def __hash__(self):
        return super().__hash__() + 1


class Words(list):
    def __reversed__(self):
        return iter(["reversed:"] + list(super().__reversed__()))


print(str(N(4)), f"{N(5)}", hash(N(5)), list(reversed(Words(["a", "b"]))), int.__str__(7))
