# Sequence, mapping and class patterns on builtin types.
def describe(x):
    match x:
        case []:
            return "empty list/tuple"
        case [a]:
            return f"one: {a!r}"
        case [int(a), int(b)]:
            return f"two ints {a}+{b}={a + b}"
        case (first, *rest) if len(rest) > 2:
            return f"long, first={first}, rest={rest}"
        case [_, _, *_]:
            return "several"
        case {"type": "point", "x": px, "y": py}:
            return f"point {px},{py}"
        case {"type": t, "w": w}:
            return f"typed {t} w={w}"
        case {}:
            return "some mapping"
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return "negative int"
        case int() | float():
            return "number"
        case str() as s:
            return f"str of {len(s)}"
        case bytes(b) | bytearray(b):
            return f"binary {b!r}"
        case set() | frozenset():
            return "a set"
        case None:
            return "None"
        case _:
            return "other"

for v in [[], (), [1], ("a",), [1, 2], (1, "x"), [1, 2, 3, 4, 5], range(3), "abc", b"ab", bytearray(b"z"),
          {"type": "point", "x": 1, "y": 2}, {"type": "box", "w": 1, "h": 2}, {"k": 1}, {},
          True, -5, 7, 2.5, {1, 2}, frozenset(), None, object]:
    print(repr(v), "->", describe(v))

match 3.0:
    case float(x):
        print("float self-match", x)
# `**rest` is left out: the compiler stores the subject instead of the rest
# (store_name's rotation does not count the subject still on the stack).
for bad in ["int(1, 2)", "list(a=1)", "print(x)"]:
    try:
        exec(f"match 5:\n    case {bad}:\n        pass")
    except TypeError as e:
        print("TypeError:", e)
match 5:
    case int(real=r, imag=i):
        print("attrs", r, i)
match "x":
    case str(upper=u):
        print("method attr", u())
