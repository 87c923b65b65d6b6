# Pretty-printing nested data as programs dump configs and results:
# pprint/pformat with width, depth, compact and sort_dicts, PrettyPrinter,
# nested containers, dataclasses (recursive ones too), and the recursion
# and readability checks.
import pprint
from collections import OrderedDict, defaultdict, Counter, deque
from dataclasses import dataclass

config = {
    "server": {"host": "example.org", "ports": [80, 443, 8080], "tls": True},
    "users": [{"name": f"user{i}", "roles": ["read", "write"][: i % 2 + 1]} for i in range(4)],
    "limits": {"cpu": 2.5, "memory": "512M", "paths": ("/var/log", "/tmp", "/srv/data/app")},
    "empty": {},
}
pprint.pprint(config)
pprint.pprint(config, width=120)
pprint.pprint(config, depth=2)
print(pprint.pformat(list(range(40)), compact=True, width=50))
pprint.pprint({"zeta": 1, "alpha": 2, "mid": 3}, sort_dicts=False)
print(pprint.pformat("a long string " * 8, width=40))
pprint.pprint([b"bytes value " * 6])
pprint.pprint((1, (2, (3, (4, (5, (6,)))))), depth=3)
pprint.pprint(OrderedDict(b=1, a=[1, 2] * 20))
pprint.pprint(defaultdict(list, {"k": list(range(25))}))
pprint.pprint(Counter("mississippi"))
pprint.pprint(deque(range(30), maxlen=40))
pprint.pprint({1, 5, 3}, width=5)
pprint.pprint(frozenset({"x"}))


@dataclass
class Job:
    name: str
    steps: list
    retries: int = 3


pprint.pprint(Job("build", ["checkout", "compile", "test", "package", "upload", "notify"]), width=60)
job = Job("self", [])
job.steps.append(job)
print(repr(job))

loop = [1, 2]
loop.append(loop)
print(pprint.isrecursive(loop), pprint.isreadable(config), pprint.isreadable(loop))
print(pprint.saferepr({"b": [1, 2], "a": (3, 4)}))
printer = pprint.PrettyPrinter(indent=4, width=30)
printer.pprint({"numbers": [1.5, 2.25, 3.125], "words": ["alpha", "beta", "gamma"]})
print(printer.pformat(["x"] * 3))
pprint.pp({"b": 1, "a": 2})
