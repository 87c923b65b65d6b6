"""A small text adventure driven by a scripted list of commands."""


class Room:
    def __init__(self, name, description, exits=None, items=None):
        self.name = name
        self.description = description
        self.exits = exits or {}
        self.items = list(items or [])

    def __repr__(self):
        return f"Room({self.name!r}, exits={sorted(self.exits)!r})"

    def describe(self):
        lines = [f"== {self.name.title()} ==", self.description]
        if self.items:
            lines.append("You see: " + ", ".join(sorted(self.items)))
        lines.append("Exits: " + " ".join(sorted(self.exits)) if self.exits else "No exits.")
        return "\n".join(lines)


class GameOver(Exception):
    pass


class Player:
    def __init__(self, start):
        self.location = start
        self.inventory = []
        self.moves = 0
        self.score = 0

    def __str__(self):
        return f"<Player at {self.location.name} carrying {len(self.inventory)} item(s)>"


class Game:
    VERBS = {"go", "take", "drop", "look", "inventory", "use", "quit"}

    def __init__(self):
        hall = Room("hall", "A long dusty hall.", items=["lamp"])
        cellar = Room("cellar", "It is dark and damp.", items=["key", "rope"])
        garden = Room("garden", "Flowers everywhere.", items=["rose"])
        vault = Room("vault", "Gold glitters in the light.")
        hall.exits = {"down": cellar, "north": garden}
        cellar.exits = {"up": hall}
        garden.exits = {"south": hall, "east": vault}
        vault.exits = {"west": garden}
        self.rooms = {r.name: r for r in (hall, cellar, garden, vault)}
        self.player = Player(hall)
        self.vault_locked = True
        self.log = []

    def say(self, text):
        self.log.append(text)
        print(text)

    def handle(self, line):
        words = line.lower().split()
        if not words:
            return self.say("Say something.")
        verb, *rest = words
        if verb not in self.VERBS:
            raise ValueError(f"unknown verb {verb!r}")
        method = getattr(self, "do_" + verb)
        self.player.moves += 1
        return method(*rest)

    def do_look(self):
        self.say(self.player.location.describe())

    def do_go(self, direction):
        room = self.player.location
        target = room.exits.get(direction)
        if target is None:
            return self.say(f"You can't go {direction}.")
        if target.name == "vault" and self.vault_locked:
            return self.say("The vault door is locked.")
        self.player.location = target
        self.do_look()

    def do_take(self, item):
        room = self.player.location
        try:
            room.items.remove(item)
        except ValueError:
            self.say(f"There is no {item} here.")
        else:
            self.player.inventory.append(item)
            self.player.score += 5
            self.say(f"Taken: {item}")

    def do_drop(self, item):
        if item not in self.player.inventory:
            return self.say(f"You don't have {item}.")
        self.player.inventory.remove(item)
        self.player.location.items.append(item)
        self.say(f"Dropped: {item}")

    def do_inventory(self):
        inv = self.player.inventory
        self.say("You carry: " + (", ".join(inv) if inv else "nothing"))

    def do_use(self, item, *target):
        if item == "key" and self.player.location.name == "garden":
            self.vault_locked = False
            self.player.score += 50
            self.say("The vault door swings open!")
        else:
            self.say(f"Nothing happens with the {item}.")

    def do_quit(self):
        raise GameOver(self.player.score)


script = """look
take lamp
go down
take key
take sword
go up
go north
go east
use key
use key door
go east
inventory
drop lamp
look
dance
go west

quit
""".splitlines()

game = Game()
for cmd in script:
    print(f"> {cmd}")
    try:
        game.handle(cmd)
    except GameOver as e:
        print(f"Game over with score {e.args[0]} after {game.player.moves} moves")
        break
    except ValueError as e:
        print("Error:", e)
    except TypeError as e:
        print("TypeError:", e)
print(game.player)
print(sorted(game.rooms.values(), key=lambda r: r.name))
print(len(game.log), "messages")
