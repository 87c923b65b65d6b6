# Class attributes as counters and registries; classmethods and staticmethods.
class Ticket:
    issued = 0
    registry = {}
    PREFIX = "T"

    def __init__(self, owner):
        Ticket.issued += 1
        self.number = Ticket.issued
        self.owner = owner
        self.registry[self.code] = self

    @property
    def code(self):
        return f"{self.PREFIX}{self.number:04d}"

    @classmethod
    def lookup(cls, code):
        return cls.registry.get(code)

    @staticmethod
    def valid_code(code):
        return len(code) == 5 and code[1:].isdigit()

    @classmethod
    def reset(cls):
        cls.issued = 0
        cls.registry.clear()

    def __repr__(self):
        return f"<{type(self).__name__} {self.code} for {self.owner}>"


class VipTicket(Ticket):
    PREFIX = "V"


tickets = [Ticket("ada"), Ticket("bob"), VipTicket("cid")]
print(tickets, Ticket.issued, VipTicket.issued)
print(Ticket.lookup("T0002"), Ticket.lookup("V0003"), Ticket.lookup("T9999"))
print(Ticket.valid_code("T0001"), VipTicket.valid_code("bad"), tickets[0].valid_code("X1234"))
print(sorted(Ticket.registry), VipTicket.registry is Ticket.registry)
t = tickets[0]
t.PREFIX = "Z"
print(t.code, Ticket.PREFIX, "PREFIX" in vars(t), "PREFIX" in vars(Ticket))
VipTicket.reset()
print(Ticket.issued, VipTicket.issued, Ticket.registry)
