# The fast paths of f-strings, `%` and `str.format` for plain ints and strs,
# beside the values that must still take the general path.


class S(str):
    def __format__(self, spec):
        return "S-format(" + spec + ")"

    def __str__(self):
        return "S-str"


class I(int):
    def __format__(self, spec):
        return "I-format"

    def __str__(self):
        return "I-str"

    def __index__(self):
        return 7


class Idx:
    def __index__(self):
        return 42

    def __format__(self, spec):
        return "Idx-format[" + spec + "]"


class Flt:
    def __float__(self):
        return 2.5


# f-strings: ints of every size, strs, and what is not plain.
for i in [0, -1, 7, -9223372036854775808, 9223372036854775807, 2**70, -(2**70), True, False]:
    print(f"{i}:{i*2}|{i!r}|{i:>5}|")
s = "héllo"
print(f"[{s}]", f"{s!r}", f"{s:*^9}", f"{S('x')}", f"{S('x'):>3}", f"{I(3)}", f"{Idx()}", f"{1.5}")
print(f"{'a' * 40}{'b' * 10}", len(f"{'é' * 30}{'ü' * 30}"))
print(f"{''}{''}" == "", f"{s}" is s)
print(f"{None}", f"{[1, 'a']}", f"{(1,)}")

# `%`: %d of ints, bools, floats, big ints, subclasses and __index__ objects.
for v in [0, 5, -5, True, 3.99, -3.99, 2**80, -(2**80), I(9)]:
    print("%d|%i|%5d|%-5d|%05d|%+d|% d|%.3d" % (v, v, v, v, v, v, v, v))
for v in [0, 255, -255, True, 2**70, I(1), Idx()]:
    print("%x|%X|%#x|%o|%#o|%8.4x" % (v, v, v, v, v, v))
print("%s-%s-%s-%r-%a" % ("x", S("y"), 12, "é", "é"))
print("%d-%s" % (12, "x"), "%s" % "only", "%s" % (("a", "b"),), "%%|%c|%c" % (65, "é"))
print("%(a)s/%(b)d" % {"a": "A", "b": 3}, "é%sé%dé" % ("ü", 1))
print("%f|%.2f|%e|%g" % (1.5, Flt(), 10**20, 3))
for bad in [("%d", "x"), ("%x", 1.5), ("%d", None), ("%é", 1), ("ab%zc", 1), ("%d %d", (1,)), ("%d", (1, 2)), ("%", ()), ("%(a)s", 1), ("%c", 1114112), ("%.1f", "s")]:
    try:
        print(bad[0] % bad[1])
    except Exception as e:
        print(type(e).__name__, e)
print(b"%d-%s-%x" % (5, b"b", 255), bytearray(b"%d") % True)

# str.format: repeated templates (parsed once), every kind of field.
for i in range(3):
    print("{}/{}".format(i, i * 10), "{0}{1}{0}".format(i, "s"), "{x}-{y!r}".format(x=i, y="q"))
print("{:>6}|{:<4}|{:^7.2f}|{!s}|{!a}".format(42, "ab", 3.14159, S("z"), "é"))
print("{}".format(S("v")), "{:x}".format(S("v")), "{}".format(I(5)), "{:d}".format(Idx() if False else 3))
print("{0[1]}{0[0]}|{1.real}|{k[key]}".format("ab", 5, k={"key": "V"}))
print("{:{}}|{:{w}.{p}f}".format("x", 4, 2.5, w=7, p=2), "{{}}{}".format(1))
print("{}-{}".format(True, None), "{}".format(2**70), "{}{}".format("é", -3))
for bad in ["{", "}", "{0}{}", "{}{0}", "{2}", "{a}", "{!x}", "{:{:{}}}", "{0.}", "{0[}"]:
    try:
        print(bad.format(1, 2))
    except Exception as e:
        print(type(e).__name__, e)
t = "{} and {}"
print(t.format("a", "b"), t.format(1, 2), "{} and {}".format(3, 4))
print(str.format("{}!", 1), "{}:{}".format(*"ab"))
