match command:
    case [x, *rest] if x:
        pass
    case [a, *_, b] | (b, a):
        pass
    case {"k": 1, "v": v, **extra}:
        pass
    case Point(0, y=(0 | 1) as y0):
        pass
    case -1 | 2+3j | None:
        pass
    case _:
        pass
