# Loops at module level: their variables are globals, rebound on every
# iteration, and every way of reaching the globals must see the same binding.
for i in range(5):
    pass
print(i, globals()["i"])

total = 0
for k in range(10):
    total += k
    if k == 4:
        globals()["total"] = 100  # rebinding through the dict
print(total)

for j in range(3):
    if j == 1:
        del j  # the name goes, then the loop binds it again
print(j)

for n in range(3):
    globals()["late"] = globals().pop("n")  # keys leave and come back while the loop runs
print("n" in globals(), late)


def reader():
    return counter


counter = 0
for _ in range(4):
    counter = counter + 1
    print(reader(), end=" ")
print()


class Spy(dict):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)


namespace = Spy()
exec("for q in range(2):\n    w = q * 10\n", namespace)
print(namespace["q"], namespace["w"])

it = iter(range(3))
for x in it:
    for y in it:
        print(x, y)
print([v for v in range(3)], v if "v" in globals() else "no v")
