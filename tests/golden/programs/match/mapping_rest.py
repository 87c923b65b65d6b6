# Mapping patterns with **rest: the captured names and the rest dict.
def describe(event):
    match event:
        case {"type": "click", "x": x, "y": y, **extra}:
            return f"click at {x},{y} with {sorted(extra.items())}"
        case {"type": kind, **rest} if rest:
            return f"{kind} with {len(rest)} more keys: {sorted(rest)}"
        case {"type": kind}:
            return f"bare {kind}"
        case _:
            return "unknown"


events = [
    {"type": "click", "x": 1, "y": 2},
    {"type": "click", "x": 5, "y": 7, "button": "left", "mods": ("shift",)},
    {"type": "key", "code": 65, "repeat": False},
    {"type": "scroll"},
    {"x": 1},
]
for e in events:
    print(describe(e))
