# Reshaping records with comprehensions: pivot, index, transpose, filter.
rows = [
    {"city": "Paris", "year": 2021, "temp": 12.9, "rain": 640},
    {"city": "Paris", "year": 2022, "temp": 13.8, "rain": 520},
    {"city": "Oslo", "year": 2021, "temp": 6.1, "rain": 760},
    {"city": "Oslo", "year": 2022, "temp": 6.9, "rain": 810},
    {"city": "Cairo", "year": 2021, "temp": 22.4, "rain": 18},
    {"city": "Cairo", "year": 2022, "temp": 22.9, "rain": 11},
]
cities = sorted({r["city"] for r in rows})
years = sorted({r["year"] for r in rows})
pivot = {c: {y: r["temp"] for r in rows for y in [r["year"]] if r["city"] == c} for c in cities}
print(pivot)
index = {(r["city"], r["year"]): r for r in rows}
print(index[("Oslo", 2022)]["rain"])
warming = {c: round(pivot[c][2022] - pivot[c][2021], 2) for c in cities}
print(warming)
columns = {k: [r[k] for r in rows] for k in rows[0]}
print(columns["rain"], max(columns["temp"]))
dry = [f"{r['city']}/{r['year']}" for r in rows if r["rain"] < 100]
print(dry)
table = [[c] + [pivot[c][y] for y in years] for c in cities]
print(table, list(map(list, zip(*table)))[1:])
flat = [(c, y, t) for c, temps in pivot.items() for y, t in temps.items() if t > 10]
print(flat)
print({c: sum(r["rain"] for r in rows if r["city"] == c) // len(years) for c in cities})
