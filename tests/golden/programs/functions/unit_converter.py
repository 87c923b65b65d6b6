# A unit converter built from a table of factors and small functions.
FACTORS = {
    "length": {"m": 1.0, "km": 1000.0, "cm": 0.01, "mm": 0.001, "in": 0.0254, "ft": 0.3048, "mi": 1609.344},
    "mass": {"kg": 1.0, "g": 0.001, "lb": 0.45359237, "oz": 0.028349523125},
    "time": {"s": 1.0, "min": 60.0, "h": 3600.0, "day": 86400.0},
}
UNIT_KIND = {u: kind for kind, table in FACTORS.items() for u in table}


def convert(value, src, dst):
    if src in ("C", "F", "K") or dst in ("C", "F", "K"):
        return convert_temp(value, src, dst)
    try:
        kind = UNIT_KIND[src]
    except KeyError:
        raise ValueError(f"unknown unit {src!r}") from None
    if UNIT_KIND.get(dst) != kind:
        raise ValueError(f"cannot convert {kind} ({src}) to {dst!r}")
    return value * FACTORS[kind][src] / FACTORS[kind][dst]


def convert_temp(value, src, dst):
    to_c = {"C": lambda v: v, "F": lambda v: (v - 32) * 5 / 9, "K": lambda v: v - 273.15}
    from_c = {"C": lambda v: v, "F": lambda v: v * 9 / 5 + 32, "K": lambda v: v + 273.15}
    return from_c[dst](to_c[src](value))


requests = [(5, "km", "mi"), (12, "in", "cm"), (1, "mi", "ft"), (70, "kg", "lb"), (16, "oz", "g"),
            (90, "min", "h"), (100, "C", "F"), (-40, "F", "C"), (0, "K", "C"), (3, "kg", "m"), (1, "parsec", "m")]
for value, src, dst in requests:
    try:
        result = convert(value, src, dst)
        print(f"{value:>6} {src:<3} = {result:>12.4f} {dst:<3} ({result:.6g})")
    except ValueError as e:
        print(f"{value:>6} {src:<3} -> {dst:<3} error: {e}")
print(round(convert(convert(1, "mi", "km"), "km", "mi"), 12))
