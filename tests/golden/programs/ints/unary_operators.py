# Unary -, +, ~ and not on every kind of operand: the fast path (small ints,
# floats, bools) and the general one (big ints, overflow, complex, instances, errors).
import sys
vals = [0, 1, -1, sys.maxsize, -sys.maxsize - 1, 2**63, -(2**63), 2**100, 0.0, -0.0, 1.5, float("inf"), float("nan"), True, False, 3+4j, None, "s"]
for v in vals:
    for name, f in (("neg", lambda x: -x), ("pos", lambda x: +x), ("inv", lambda x: ~x), ("not", lambda x: not x)):
        try:
            r = f(v)
            print(name, repr(v), "->", repr(r), type(r).__name__)
        except TypeError as e:
            print(name, repr(v), "TypeError:", e)
class N:
    def __neg__(self): return "neg!"
    def __invert__(self): return "inv!"
    def __bool__(self): return False
print(-N(), ~N(), not N())
