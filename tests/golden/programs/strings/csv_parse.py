data = """name,age,city
Alice,30,Paris
Bob,25,"New York, NY"
Carol,41,Berlin
Dan,,Rome"""

def parse_line(line):
    fields, field, quoted = [], "", False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == "," and not quoted:
            fields.append(field)
            field = ""
        else:
            field += ch
    fields.append(field)
    return fields

lines = data.splitlines()
header = parse_line(lines[0])
rows = [dict(zip(header, parse_line(l))) for l in lines[1:]]
for r in rows:
    print(r)
ages = [int(r["age"]) for r in rows if r["age"]]
print("average age:", sum(ages) / len(ages))
print("cities:", sorted(r["city"] for r in rows))
