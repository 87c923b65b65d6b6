import enum
class F(enum.IntFlag):
    NOFLAG = 0
    A = 256
    I = 2
    M = 8
    def __repr__(self):
        return "X" + super().__repr__()
x = F.I | F.M
print(type(x).__name__, int(x), x.name, F.I.name, repr(x), F.I | 1024, type(F.I | 1024), list(F), x & F.I, 2 | F.I, ~F.I)
print(F(10), F.I.value)
