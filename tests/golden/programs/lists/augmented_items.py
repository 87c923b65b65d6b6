# c[i] op= v: the read and the write of an item, on lists (fast), on other
# containers and on errors (each instruction alone).
values = [1, 2.5, "a", [0]]
values[0] += 10
values[1] *= 2
values[2] += "b"
values[3] += [1]
values[-1] += [2]
print(values)

grid = [[0] * 3 for _ in range(3)]
for i in range(3):
    for j in range(3):
        grid[i][j] += i * 3 + j
        grid[i][-j - 1] -= 1
print(grid)

counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0)
    counts[word] += 1
print(counts)


class Recorder:
    def __init__(self):
        self.data = {}

    def __getitem__(self, key):
        print("get", key)
        return self.data.get(key, 0)

    def __setitem__(self, key, value):
        print("set", key, value)
        self.data[key] = value


r = Recorder()
r[1] += 5
r["x"] += 2
r[True] -= 1
print(r.data)

try:
    values[10] += 1
except IndexError as e:
    print("IndexError:", e)
try:
    t = (1, 2)
    t[0] += 1
except TypeError as e:
    print("TypeError:", e, t)
try:
    values[0] += "s"
except TypeError as e:
    print("TypeError:", e, values[0])
try:
    values["k"] += 1
except TypeError as e:
    print("TypeError:", e)

big = list(range(5))
big[2 ** 70 // 2 ** 69] += 100
print(big)
nested = [(1, [2])]
nested[0][1][0] += 40
print(nested)
