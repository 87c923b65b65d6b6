# What exception objects carry: args, str/repr, and builtin error messages.
samples = []


def capture(fn):
    try:
        fn()
    except Exception as e:
        samples.append(e)


capture(lambda: [1, 2, 3][10])
capture(lambda: {"a": 1}["b"])
capture(lambda: int("forty"))
capture(lambda: 1 / 0)
capture(lambda: 10 % 0)
capture(lambda: "abc" + 1)
capture(lambda: len(5))
capture(lambda: None.upper())
capture(lambda: undefined_name)
capture(lambda: [].pop())
capture(lambda: {}.popitem())
capture(lambda: "x".index("y"))
capture(lambda: (1, 2).index(3))
capture(lambda: [1, 2].remove(5))
capture(lambda: int("9" * 5000))
capture(lambda: 2.0 ** 10000)
capture(lambda: chr(-1))
capture(lambda: next(iter([])))
capture(lambda: "a" * "b")
capture(lambda: sum(["a", "b"]))
capture(lambda: sorted([3, "a"]))
capture(lambda: dict([(1, 2, 3)]))
capture(lambda: float("inf") // 0)
capture(lambda: divmod(1, 0.0))
for e in samples:
    print(f"{type(e).__name__:<18} {str(e)[:70]!s}")
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), repr(ValueError(1, "two")))
print(str(ValueError(1, "two")), ValueError("x") == ValueError("x"), OSError(2, "No such file").errno)
