# Strings: building, joining, splitting, methods.
parts = []
for i in range(200_000):
    parts.append(str(i))
text = ",".join(parts)
fields = text.split(",")
upper = 0
for f in fields:
    if f.endswith("7"):
        upper += len(f.upper())
s = ""
for i in range(20_000):
    s += "ab"
print(len(text), len(fields), upper, s.count("ba"), text.find("99999"))
