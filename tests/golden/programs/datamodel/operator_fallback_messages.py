class D(dict): pass
class L(list): pass
try: D() < D()
except TypeError as e: print(e)
try: L() < 3
except TypeError as e: print(e)
try: D() + D()
except TypeError as e: print(e)
class M:
    def __rmul__(self, o): return NotImplemented
try: "s" * M()
except TypeError as e: print(e)
try: [1] * M()
except TypeError as e: print(e)
try: [1] * 2.0
except TypeError as e: print(e)
try: M() * "s"
except TypeError as e: print(e)
class N: pass
try: "s" * N()
except TypeError as e: print(e)
try: (1,) + N()
except TypeError as e: print(e)
try: "a" + N()
except TypeError as e: print(e)
try: [1] + N()
except TypeError as e: print(e)
class MyInt(int): pass
m = MyInt(5)
print(type(m * 1), type(m + 0), type(m.__add__(0)))
m += 0
print(type(m))
class L(list): pass
l = L([1]); l2 = l
l += [2]
print(type(l), l is l2, l)
l *= 2
print(type(l), l is l2, l)
class It:
    def __iter__(self): return iter([7, 8])
x = [1]; x += It(); print(x)
class I:
    def __index__(self): return 3
print("ab" * I(), [0] * I(), I() * (1,))
d = {1: 2}; d |= [(3, 4)]; print(d)
print({1}.__or__(It()))
print("%s and %r" % (It.__name__, 5))
class S(str): pass
print(S("a") + "b", type(S("a") + "b"), "%s" % S("x"))
try: S("a") + 1
except TypeError as e: print(e)
try: [1] + MyInt(3)
except TypeError as e: print(e)
try: 1 + S("a")
except TypeError as e: print(e)
class F(float): pass
print(F(1.5) * 2, type(F(1.5) * 2))
try: F(1.5) @ 2
except TypeError as e: print(e)
print(1.5 @ 2)
