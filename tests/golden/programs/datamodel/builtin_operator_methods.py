# Calling the builtin types' operator methods explicitly, as wrappers and
# subclasses do: NotImplemented hands the operation to the other operand.
import functools
import operator


class Money(int):
    """Cents, kept as a subclass of int: arithmetic goes through int's methods."""

    def __add__(self, other):
        result = super().__add__(other)
        return result if result is NotImplemented else Money(result)

    __radd__ = __add__

    def __eq__(self, other):
        return int.__eq__(self, other)

    __hash__ = int.__hash__

    def __repr__(self):
        return f"${int(self) // 100}.{int(self) % 100:02d}"


big = 10**30
print("big eq:", big.__eq__(10**30), big.__ne__(10**30), int.__eq__(big, big + 1))
print("big order:", big.__lt__(big + 1), big.__ge__(big), big.__gt__(1.5))
print("big arith:", big.__add__(big), big.__sub__(1), big.__mul__(3) == 3 * big)
print("big hash:", big.__hash__() == hash(big), (2**64).__hash__() == hash(2**64))
print("big unary:", big.__neg__(), big.__abs__() == big, big.__bool__(), big.__invert__())
print("big rounding:", big.__round__(-29), big.__trunc__() == big, big.__divmod__(7))
print("mixed:", (5).__add__(2.5), (2.5).__radd__(5), (1).__eq__(1.0), (1.0).__eq__(1))
print("complex:", (1j).__eq__(1j), (1j).__lt__(1j), (1 + 2j).__neg__(), (3 + 4j).__abs__())
print("floats:", (7.5).__divmod__(2), (2.5).__floor__(), (2.5).__ceil__(), (2.567).__round__(2))
print("bools:", True.__and__(False), True.__or__(1), True & False, True ^ True, True.__neg__())
print("pow:", (2).__pow__(10, 1000), (2).__rpow__(3), (2.0).__pow__(3))

wallet = [Money(1999), Money(1), Money(250)]
total = functools.reduce(operator.add, wallet)
print("total:", total, type(total).__name__, total == 2250, {total: "ok"}[2250])
print("sum:", sum(wallet, Money(0)), Money(5).__add__("x"))

print("str:", "ab".__add__("cd"), "ab".__mul__(2), "ab".__rmul__(2), "%s!".__mod__(5))
print("str ni:", "a".__rmod__(5), "a".__lt__(1), "a".__eq__(1), "a".__lt__("b"))
print("list:", [1].__add__([2]), list.__add__([1], [2]), [0].__mul__(3), [1].__lt__([2]))
print("list ni:", [1].__lt__(1), [1].__eq__((1,)), [1].__ne__([1]))
items = [1]
print("list iadd:", items.__iadd__((2, 3)) is items, items, items.__imul__(2))
print("tuple:", (1,).__add__((2,)), (1,).__mul__(2), (1, 2).__le__((1, 3)))
print("dict:", {1: 2}.__or__({3: 4}), {1: 2}.__or__(1), {1: 2}.__ror__({3: 4}), {1: 2}.__lt__({}))
d = {"a": 1}
print("dict ior:", d.__ior__([("b", 2)]) is d, d)
s = {1, 2}
print("set:", s.__or__({3}), s.__or__([3]), s.__and__({2, 9}), s.__sub__({1}), s.__xor__({2, 3}))
print("set r:", s.__rsub__({1, 2, 3}), frozenset({1}).__or__({2}), s.__lt__({1, 2, 3}), s.__le__([1]))
print("set ior:", s.__ior__({5}) is s, s, s.__isub__({5}), s.__ior__([1]))
print("bytes:", b"a".__add__(b"b"), b"a".__mul__(2), b"%d".__mod__(3), b"a".__lt__("b"))
print("bytearray:", bytearray(b"a").__add__(b"b"), bytearray(b"ab").__eq__(b"ab"))
print("range:", range(3).__eq__(range(0, 3)), range(3).__lt__(range(3)), range(2).__ne__(range(3)))

for expr in ['"a".__add__(1)', "[1].__add__((2,))", "[1].__mul__(2.0)", "(1,).__mul__('x')",
             'b"a".__add__("x")', "(1).__neg__(2)", "(1).__add__()", "(1).__truediv__(0)"]:
    try:
        eval(expr)
    except (TypeError, ZeroDivisionError) as e:
        print(f"{expr}: {type(e).__name__}: {e}")

# `*=` and `+=` mutate a list or bytearray in place: every alias sees it.
row = [0]
grid = [row, row]
row *= 3
buf = bytearray(b"ab")
alias = buf
buf += b"cd"
buf *= 2
print("aliases:", grid, alias, alias is buf)

# A key that is an instance of an int subclass is found by its plain value.
prices = {Money(250): "coffee", Money(1999): "book"}
print("lookup:", prices[250], prices.get(1999), prices.get(7, "none"))
