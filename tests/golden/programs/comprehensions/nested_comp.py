matrix = [[r * 4 + c for c in range(4)] for r in range(3)]
print(matrix)
print([[row[i] for row in matrix] for i in range(4)])
print([x for row in matrix for x in row if x % 3 == 0])
print([(i, j) for i in range(3) for j in range(i)])
names = ["ann", "bob", "cyd"]
print({n: [c.upper() for c in n] for n in names})
print([sum(row) for row in matrix], sum(x for row in matrix for x in row))
x = "outer"
print([x for x in range(3)], x)
