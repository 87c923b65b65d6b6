# Unpacking a record with the wrong number of fields.
rows = ["ada,36,london", "bob,25,paris", "cid,40"]
for row in rows:
    name, age, city = row.split(",")
    print(f"{name} ({age}) lives in {city}")
