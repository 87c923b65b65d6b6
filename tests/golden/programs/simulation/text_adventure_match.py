import enum


class State(enum.Enum):
    HALL = "hall"
    KITCHEN = "kitchen"
    CELLAR = "cellar"
    GARDEN = "garden"
    WON = "won"
    DEAD = "dead"


ROOMS = {
    State.HALL: {"n": State.KITCHEN, "e": State.GARDEN},
    State.KITCHEN: {"s": State.HALL, "d": State.CELLAR},
    State.CELLAR: {"u": State.KITCHEN},
    State.GARDEN: {"w": State.HALL},
}

DESCRIPTIONS = {
    State.HALL: "A grand hall. Exits: north, east.",
    State.KITCHEN: "A smoky kitchen. There is a trapdoor.",
    State.CELLAR: "Dark and damp.",
    State.GARDEN: "Flowers everywhere. A locked gate.",
}


class Game:
    def __init__(self):
        self.state = State.HALL
        self.inventory = set()
        self.moves = 0
        self.log = []

    def handle(self, command):
        self.moves += 1
        words = command.lower().split()
        if not words:
            return "Say something."
        verb, *rest = words
        match verb, rest:
            case ("go" | "move"), [direction]:
                return self.go(direction[0])
            case "take", [thing]:
                if self.state is State.CELLAR and thing == "key":
                    self.inventory.add("key")
                    return "Taken."
                return f"There is no {thing} here."
            case "open", ["gate"] if self.state == State.GARDEN:
                if "key" in self.inventory:
                    self.state = State.WON
                    return "The gate swings open!"
                return "It is locked."
            case "inventory", []:
                return ", ".join(sorted(self.inventory)) or "empty-handed"
            case "look", _:
                return DESCRIPTIONS[self.state]
            case _:
                return f"I don't understand {command!r}."

    def go(self, d):
        exits = ROOMS.get(self.state, {})
        if d not in exits:
            return "You can't go that way."
        self.state = exits[d]
        return DESCRIPTIONS[self.state]


script = [
    "look", "go north", "take key", "go down", "take key", "inventory",
    "go up", "move south", "go east", "open door", "open gate", "", "dance wildly",
]
g = Game()
for cmd in script:
    out = g.handle(cmd)
    print(f"[{g.moves:02}] {g.state.name:<8}> {cmd:<14} | {out}")
    if g.state in (State.WON, State.DEAD):
        break
print(g.state, repr(g.state), g.state.value, State("cellar"), State["GARDEN"])
print(list(State)[:3], len(State))
try:
    State("attic")
except ValueError as e:
    print(e)
try:
    State["ATTIC"]
except KeyError as e:
    print(repr(e))
print({s.name: s.value for s in State})
print(State.HALL in State, isinstance(State.HALL, State))
