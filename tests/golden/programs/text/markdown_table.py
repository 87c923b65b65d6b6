# Rendering rows as a Markdown table and parsing it back.
rows = [
    {"lang": "Python", "year": 1991, "typing": "dynamic", "score": 9.5},
    {"lang": "Rust", "year": 2010, "typing": "static", "score": 9.25},
    {"lang": "C", "year": 1972, "typing": "static", "score": 7.0},
    {"lang": "Lua", "year": 1993, "typing": "dynamic", "score": 8.125},
]
cols = ["lang", "year", "typing", "score"]


def cell(v):
    return f"{v:g}" if isinstance(v, float) else str(v)


widths = {c: max(len(c), *(len(cell(r[c])) for r in rows)) for c in cols}


def line(values):
    return "| " + " | ".join(v.ljust(widths[c]) if not v[0].isdigit() else v.rjust(widths[c])
                             for c, v in zip(cols, values)) + " |"


table = [line(cols), "|" + "|".join("-" * (widths[c] + 2) for c in cols) + "|"]
table += [line([cell(r[c]) for c in cols]) for r in sorted(rows, key=lambda r: r["year"])]
print("\n".join(table))

parsed = []
for text in table[2:]:
    values = [v.strip() for v in text.strip("|").split("|")]
    parsed.append(dict(zip(cols, values)))
print(parsed[0])
print([p["lang"] for p in parsed if p["typing"] == "static"])
print(sum(float(p["score"]) for p in parsed) / len(parsed))
