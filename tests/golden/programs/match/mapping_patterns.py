events = [
    {"type": "click", "x": 10, "y": 20},
    {"type": "key", "key": "q"},
    {"type": "key", "key": "a", "mods": ["ctrl"]},
    {"type": "scroll"},
    {"kind": "weird"},
]
for e in events:
    match e:
        case {"type": "click", "x": x, "y": y}:
            print(f"click at ({x}, {y})")
        case {"type": "key", "key": k, "mods": [*mods]}:
            print(f"key {k} with {mods}")
        case {"type": "key", "key": k}:
            print(f"key {k}")
        case {"type": t, **rest}:
            print(f"unhandled {t} {rest}")
        case _:
            print("not an event")
