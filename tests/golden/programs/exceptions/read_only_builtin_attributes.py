# Assigning to what a builtin value only reports: CPython's three messages
# (a method: read-only; a getset: not writable; a member: readonly attribute).
attempts = [
    ("number.real", lambda: setattr(7, "real", 1)),
    ("flag.real", lambda: setattr(True, "real", 0)),
    ("ratio.imag", lambda: setattr(0.5, "imag", 1)),
    ("count.numerator", lambda: setattr(3, "numerator", 1)),
    ("z.real", lambda: setattr(2j, "real", 1)),
    ("r.start", lambda: setattr(range(5), "start", 1)),
    ("s.stop", lambda: setattr(slice(2), "stop", 3)),
    ("len.__name__", lambda: setattr(len, "__name__", "size")),
    ("items.append", lambda: setattr([], "append", print)),
    ("text.upper", lambda: setattr("abc", "upper", str.lower)),
    ("n.label", lambda: setattr(5, "label", "five")),
    ("None.x", lambda: setattr(None, "x", 1)),
]
for what, attempt in attempts:
    try:
        attempt()
    except AttributeError as e:
        print(f"{what:16} AttributeError: {e}")
