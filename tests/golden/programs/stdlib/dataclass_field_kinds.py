# Dataclass annotations sorted as CPython sorts them, string annotations
# (from __future__ import annotations) included: ClassVar (not a field),
# InitVar (an __init__ parameter), KW_ONLY; unhashable defaults refused.
from __future__ import annotations
import dataclasses
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY, replace, asdict
from typing import ClassVar, List, Optional
import typing

@dataclass
class Settings:
    name: str
    retries: int = 3
    instances: ClassVar[int] = 0
    registry: typing.ClassVar[dict] = {}
    seed: InitVar[int] = 0
    scaled: float = field(init=False, default=0.0)
    def __post_init__(self, seed):
        self.scaled = self.retries * 1.5 + seed
        Settings.instances += 1

s = Settings("a", 2, seed=1)
print(s, Settings.instances, [f.name for f in fields(s)], list(Settings.__dataclass_fields__))
print(Settings.__dataclass_fields__["instances"]._field_type, Settings.__dataclass_fields__["seed"]._field_type)
print(asdict(s), Settings.__match_args__)
try:
    replace(s, retries=5)
except ValueError as e:
    print("ValueError:", e)
print(replace(s, retries=5, seed=2))

@dataclass
class Inner:
    v: int = 0

try:
    @dataclass
    class Outer:
        inner: Inner = Inner()
except ValueError as e:
    print("ValueError:", e)

@dataclass(frozen=True)
class FrozenInner:
    v: int = 0

@dataclass
class Outer2:
    inner: FrozenInner = FrozenInner()
print(Outer2())

@dataclass
class Opts:
    a: int
    _: KW_ONLY
    b: int = 1
    c: Optional[int] = None
print(Opts(1, b=2), Opts.__match_args__)
try:
    @dataclass
    class Bad:
        x: int
        y = field(default=1)
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad2:
        x: ClassVar[list] = field(default_factory=list)
except TypeError as e:
    print("TypeError:", e)

class Base:
    limit = 10

@dataclass
class Derived(Base):
    limit: int
print(Derived(), Derived(3))
print(Settings.__doc__, Opts.__doc__)
