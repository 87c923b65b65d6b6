# A tiny command registry that builds help text from signatures, the way
# CLI frameworks introspect dataclasses and plain functions.
import inspect
from dataclasses import dataclass, field, InitVar, KW_ONLY


@dataclass
class Deploy:
    """Deploy a service."""
    service: str
    replicas: int = 1
    regions: list = field(default_factory=list)
    dry_run: bool = False
    _: KW_ONLY
    timeout: float = 30.0


@dataclass(frozen=True)
class Rollback:
    service: str
    steps: InitVar[int] = 1
    target: str = field(default="", init=False)

    def __post_init__(self, steps):
        object.__setattr__(self, "target", f"{self.service}@-{steps}")


def status(service, *, verbose=False):
    return f"{service}: ok"


def describe(obj):
    sig = inspect.signature(obj)
    print(f"{obj.__name__}{sig}")
    for name, p in sig.parameters.items():
        default = "required" if p.default is p.empty else f"default {p.default!r}"
        ann = "" if p.annotation is p.empty else f" ({inspect.formatannotation(p.annotation)})"
        print(f"  {name}{ann}: {p.kind.name.lower()}, {default}")


for cmd in (Deploy, Rollback, status):
    describe(cmd)

print(status.__annotations__, Deploy.__init__.__annotations__["return"])
print(Deploy.__init__.__qualname__)
d = Deploy("api", 3, ["eu"], timeout=5)
print(d)
print(Deploy("web"), Deploy("web").regions is not Deploy("web").regions)
r = Rollback("api", 2)
print(r, r.target)

bound = inspect.signature(Deploy).bind("db", replicas=2)
bound.apply_defaults()
print(dict(bound.arguments))

for args, kwargs in [((), {}), (("a", 1, [], True, 9), {}), (("a",), {"colour": "red"}),
                     (("a",), {"service": "b"})]:
    try:
        Deploy(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)


def plain(a, b=2):
    return a + b


plain.__annotations__["a"] = int
print(plain.__annotations__, inspect.signature(plain))
try:
    plain.__annotations__ = ["a"]
except TypeError as e:
    print("TypeError:", e)
