class R:
    def __radd__(self, o): return "radd"
for a, b in [(b"a", "b"), (b"a", 1), (bytearray(b"x"), "s"), (b"a", bytearray(b"b")), (bytearray(b"a"), b"b"), ("s", b"x"), ([1], (2,)), ((1,), [2]), ("a", None), (b"a", R()), ("a", R()), ([1], R())]:
    try:
        print(repr(a + b))
    except TypeError as e:
        print(e)
