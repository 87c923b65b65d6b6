# Three ways to fill templates: %-style, str.format with a mapping, f-strings.
people = [
    {"first": "Ada", "last": "Lovelace", "born": 1815, "langs": ["Analytical Engine"]},
    {"first": "Grace", "last": "Hopper", "born": 1906, "langs": ["COBOL", "FLOW-MATIC"]},
    {"first": "Guido", "last": "van Rossum", "born": 1956, "langs": ["Python", "ABC"]},
]
old = "%(first)s %(last)s (b. %(born)d)"
new = "{first} {last} (b. {born})"
card = """\
+{line}+
| {name:^{w}} |
| {langs:<{w}} |
+{line}+"""
for p in people:
    a = old % p
    b = new.format(**p)
    c = new.format_map(p)
    assert a == b == c
    print(a)
    name = f"{p['last'].upper()}, {p['first']}"
    langs = ", ".join(p["langs"])
    w = max(len(name), len(langs))
    print(card.format(line="-" * (w + 2), name=name, langs=langs, w=w))
ages = {p["first"]: 2024 - p["born"] for p in people}
print("; ".join("{}={}".format(*kv) for kv in ages.items()))
print("%-8s|%8s|" % ("left", "right"), "{:*<8}|{:*>8}|".format("l", "r"))
print("%c%c%c" % (80, 121, 33), "%5.1f%%" % 99.44, "%+.2e" % -12345.678, "%x-%X-%o" % (255, 255, 8))
