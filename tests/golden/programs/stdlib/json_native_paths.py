# json.dumps/json.loads through the native encoder and scanner (_json) and
# through the Python fallback: every JSON type, indent/sort_keys/separators,
# keys of each kind, values left to default, cycles, and decoding errors.
import json
from collections import OrderedDict
cases = [
    {"b": 1, "a": [1, 2.5, -0.0, 1e300, 10**30, True, False, None, "x\u0001\u007f\u00e9\U0001F600\"\\/\b\f\n\r\t"]},
    [], {}, [[]], [{}], "", 0, -1, 3.0, float("inf"), {1: 2, 2.5: 3, None: 4, True: 5, False: 6},
    (1, 2), {"nested": {"deep": [1, {"k": (3,)}]}}, OrderedDict([("z", 1), ("a", 2)]),
]
for c in cases:
    for kw in ({}, {"ensure_ascii": False}, {"indent": 2}, {"indent": "\t", "sort_keys": True}, {"separators": (",", ":")}):
        try:
            print(json.dumps(c, **kw))
        except Exception as e:
            print(type(e).__name__, e)
for bad in [{"a": float("nan")}, {(1, 2): 3}, {1: 2, "a": 3}, [set()], {"x": object}]:
    for kw in ({}, {"allow_nan": False}, {"skipkeys": True}, {"sort_keys": True}, {"default": repr}):
        try:
            print(json.dumps(bad, **kw)[:60])
        except Exception as e:
            print(type(e).__name__, str(e)[:60])
a = []
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print(e)
docs = ['{"a": [1, 2, {"b": null}], "c": "\\u00e9\\ud83d\\ude00x", "d": -0.5e-3, "e": 12345678901234567890123}',
        ' [1, 2 , 3 ] ', '{"a":1,"a":2}', '[NaN, Infinity, -Infinity]', '01', '[1,]', '{"a" 1}',
        '"abc', '"a\tb"', '[1e5, 1E+2, 1.5e-2, 0, -0]', 'é', '  "é" x', '{"é": "\u00e9\u20ac"}', '[' * 5 + ']' * 5, '1.', '-', '[-]', 'tru', '"\\x"', '"\\u12"']
for d in docs:
    try:
        print(repr(json.loads(d)))
    except Exception as e:
        print(type(e).__name__, e)
print(json.loads('"a\tb"', strict=False), json.loads('[1.5]', parse_float=str), json.loads('{"a": 1}', object_pairs_hook=list))
print(json.JSONDecoder().raw_decode('  [1] xyz', 2), json.JSONDecoder().raw_decode('é [2]x', 2))
print(json.loads(b'{"b": [1]}'), json.dumps("é\u2028"))
