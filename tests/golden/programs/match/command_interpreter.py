# A tiny command interpreter driven by match on split command lines.
state = {"x": 0, "y": 0, "items": [], "log": []}


def execute(line):
    match line.split():
        case []:
            return "empty"
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            dx, dy = {"north": (0, 1), "south": (0, -1), "east": (1, 0), "west": (-1, 0)}[direction]
            state["x"] += dx
            state["y"] += dy
            return f"moved {direction} to {state['x']},{state['y']}"
        case ["go", other]:
            return f"cannot go {other!r}"
        case ["take", *things] if things:
            state["items"].extend(things)
            return f"took {', '.join(things)}"
        case ["drop", item] if item in state["items"]:
            state["items"].remove(item)
            return f"dropped {item}"
        case ["drop", item]:
            return f"you have no {item}"
        case ["say", *words]:
            return " ".join(words).upper() or "..."
        case ["repeat", n, *rest] if n.isdigit():
            return [execute(" ".join(rest)) for _ in range(int(n))]
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return f"unknown verb {verb!r}"


script = ["go north", "go east", "go up", "take lamp key", "take", "drop key",
          "drop sword", "say hello there", "say", "repeat 2 go south", "", "dance wildly", "quit"]
for line in script:
    print(f"{line!r:>22} -> {execute(line)}")
print(state["items"], (state["x"], state["y"]))
