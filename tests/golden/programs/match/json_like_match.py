# Matching nested dict/list data (like decoded JSON events).
events = [
    {"type": "click", "pos": {"x": 10, "y": 20}, "button": "left"},
    {"type": "click", "pos": {"x": 5, "y": 5}},
    {"type": "key", "key": "q", "mods": ["ctrl"]},
    {"type": "key", "key": "a", "mods": []},
    {"type": "resize", "size": [800, 600]},
    {"type": "resize", "size": [0, 600]},
    {"type": "scroll", "delta": -3.5},
    {"type": "batch", "events": [{"type": "key", "key": "x", "mods": []}, {"type": "noop"}]},
    {"kind": "legacy"},
    ["not", "a", "dict"],
]


def describe(ev):
    match ev:
        case {"type": "click", "pos": {"x": x, "y": y}, "button": str(b)}:
            return f"{b} click at ({x}, {y})"
        case {"type": "click", "pos": {"x": x, "y": y}}:
            return f"click at ({x}, {y}) with default button"
        case {"type": "key", "key": "q", "mods": ["ctrl", *_]}:
            return "quit shortcut"
        case {"type": "key", "key": k, "mods": []}:
            return f"plain key {k!r}"
        case {"type": "resize", "size": [w, h]} if w > 0 and h > 0:
            return f"resize to {w}x{h} (ratio {w / h:.3f})"
        case {"type": "resize"}:
            return "invalid resize"
        case {"type": "scroll", "delta": float(d) | int(d)}:
            return f"scroll {'up' if d > 0 else 'down'} by {abs(d)}"
        case {"type": "batch", "events": [*inner]}:
            return "batch[" + "; ".join(describe(e) for e in inner) + "]"
        case {"type": t, **rest}:
            return f"unhandled {t} with {sorted(rest)}"
        case {**rest}:
            return f"no type field: {rest}"
        case _:
            return f"not an event: {ev!r}"


for ev in events:
    print(describe(ev))
