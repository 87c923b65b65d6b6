# Calling a method that does not exist on a builtin type.
data = {"names": ["x", "y"], "count": 2}
names = data["names"]
names.append("z")
print(names)
data["count"].append(3)
