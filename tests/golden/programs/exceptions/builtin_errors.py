cases = [
    lambda: 1 / 0,
    lambda: 10 % 0,
    lambda: [1, 2][5],
    lambda: {"a": 1}["b"],
    lambda: int("12x"),
    lambda: "a" + 1,
    lambda: 1 + "a",
    lambda: None.attr,
    lambda: undefined_variable,
    lambda: [].pop(),
    lambda: "abc".index("z"),
    lambda: float("nan?"),
    lambda: len(5),
    lambda: (1, 2)[0:1] * "x",
    lambda: next(iter([])),
    lambda: 2 ** 10000 * 1.0,
    lambda: chr(-1),
    lambda: [1, 2, 3].remove(9),
]
for case in cases:
    try:
        case()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
