import json
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (date, datetime)):
            return {"__date__": o.isoformat()}
        if isinstance(o, Decimal):
            return {"__decimal__": str(o)}
        if isinstance(o, set):
            return sorted(o)
        if isinstance(o, Color):
            return o.name
        return super().default(o)


def hook(d):
    if "__date__" in d:
        return date.fromisoformat(d["__date__"])
    if "__decimal__" in d:
        return Decimal(d["__decimal__"])
    return d


data = {
    "name": "Zoë \u2603 \"quoted\" \\ back",
    "when": date(2024, 2, 29),
    "price": Decimal("19.990"),
    "tags": {3, 1, 2},
    "nested": {"a": [1, 2.5, None, True, False, {"deep": [[], {}]}], "b": -0.0, "c": 1e100, "d": 12345678901234567890},
    "color": Color.GREEN,
    "tuple": (1, 2),
    1: "int key", 2.5: "float key", None: "none key", True: "bool key",
}
s = json.dumps(data, cls=Encoder)
print(s)
print(json.dumps(data, cls=Encoder, indent=2, ensure_ascii=False)[:400])
print(json.dumps(data, cls=Encoder, separators=(",", ":"), sort_keys=False)[:120])
back = json.loads(s, object_hook=hook)
print(back["when"], type(back["when"]).__name__, back["price"], back["tags"], back["nested"]["d"])
print(back == data, sorted(back.keys()))
print(json.dumps([float("inf"), float("-inf"), float("nan")]))
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps({"x": object()})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
for bad in ['{"a": 1,}', '[1, 2', '{"a" 1}', 'nul', '"\\x"', '', '[1] x', '{"a":1e}']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r:12} -> {e} | {e.msg} {e.lineno}:{e.colno} pos={e.pos}")
print(json.loads('{"a": 1, "a": 2}'), json.loads("[1.0, 1e2, -0, 3.14159265358979323846]"))
print(json.loads('"\\ud83d\\ude00 \\u00e9"'), json.dumps("😀 é"), json.dumps("😀", ensure_ascii=False))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
print(json.loads("3.5", parse_float=Decimal), json.loads("12", parse_int=float))
print(json.dumps({"b": 1, "a": [1, {"z": 0, "y": 1}]}, sort_keys=True, indent="\t"))
print(json.dumps(Decimal("1.1"), default=str), json.dumps("</script>"), json.dumps(True), json.dumps(None))
print(repr(json.dumps({}, indent=4)), repr(json.dumps([], indent=4)), json.dumps([[]], indent=1))
