rows = [("id", "name", "score"), (1, "ann", 91.5), (2, "bob", 78.0), (3, "cy", 88.25)]
with open("scores.csv", "w") as f:
    for row in rows:
        f.write(",".join(str(x) for x in row) + "\n")
with open("scores.csv") as f:
    header = f.readline().strip().split(",")
    records = [dict(zip(header, line.strip().split(","))) for line in f]
print(header)
for r in records:
    print(r)
best = max(records, key=lambda r: float(r["score"]))
print("best:", best["name"])
