def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case None:
            return "nothing"
        case True:
            return "true"
        case int(n) if n < 0:
            return f"negative {n}"
        case float():
            return "a float"
        case str() as s:
            return f"string of {len(s)}"
        case _:
            return "other"

for v in [0, 2, "hello", None, True, -5, 2.5, "abc", [1]]:
    print(repr(v), "->", describe(v))
