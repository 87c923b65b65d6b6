def handle(command):
    match command.split():
        case ["go", direction]:
            return f"going {direction}"
        case ["pick", "up", item] | ["take", item]:
            return f"taking {item}"
        case ["drop", *items] if items:
            return f"dropping {', '.join(items)}"
        case ["quit"]:
            return "bye"
        case []:
            return "say something"
        case _:
            return f"unknown: {command!r}"

for c in ["go north", "pick up lamp", "take key", "drop a b c", "drop", "quit", "", "dance now"]:
    print(handle(c))
