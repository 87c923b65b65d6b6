import json
data = {"name": "Ana", "age": 30, "scores": [9.5, 8.25, 10], "tags": ("a", "b"), "ok": True, "none": None,
        "nested": {"x": 1, "é": "ünï", "emoji": "😀"}, 3: "int key", 1.5: "float key"}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=False, ensure_ascii=False))
print(json.dumps([1, [2, [3, {}]], []], indent=4))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True, separators=(",", ":")))
text = '{"a": [1, 2.5, -3e2, true, false, null], "s": "q\\"\\n\\u00e9\\ud83d\\ude00", "e": {}}'
obj = json.loads(text); print(obj, type(obj["a"][1]).__name__)
print(json.loads("  [1, 2]  "), json.loads('"x"'), json.loads("12"), json.loads("1.0"))
for bad in ['{"a" 1}', "[1, 2", '{"a": }', "[1,]", "tru", '"abc', "[1] x", "{'a': 1}"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(type(e).__name__, e)
class P:
    pass
try:
    json.dumps(P())
except TypeError as e:
    print(e)
print(json.dumps(P(), default=lambda o: "P!"), json.dumps(float("inf")), json.dumps("tab\there"))
