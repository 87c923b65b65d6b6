# Exceptions raised and caught in a loop.
def parse(s):
    try:
        return int(s)
    except ValueError:
        return -1

caught = 0
for i in range(200_000):
    try:
        if i % 3 == 0:
            raise KeyError(i)
        caught += parse("x" if i % 2 else "7")
    except KeyError:
        caught += 2
print(caught)
