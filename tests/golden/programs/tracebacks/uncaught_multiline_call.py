# A KeyError in a call whose arguments span two lines.
data = {"users": [{"name": "ada", "roles": ["admin"]}, {"name": "bob"}]}
for user in data["users"]:
    print(user["name"],
          ", ".join(user["roles"]))
