name, score, items = "Ada", 97.5, ["x", "y"]
print(f"{name} scored {score}")
print(f"{name!r} {name!s} {name!a} {'é'!a}")
print(f"{score:.0f} {score:08.3f} {len(items)} items: {', '.join(items)}")
print(f"{2 + 3 = }", f"{name = }", f"{score*2=:.1f}")
print(f"{{literal braces}} {'{'}{'}'}")
d = {"k": 1}
print(f"{d['k']} {d!r} {items[-1]}")
for i in range(1, 4):
    print(f"{i:2d}: {'*' * i:<3}|{i ** 2:>4}")
