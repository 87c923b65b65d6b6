total = 0
for i in range(50000):
    node = {"id": i, "children": []}
    node["children"].append(node)
    total += len(node["children"])
print(total)
big = [[j for j in range(10)] for _ in range(1000)]
print(sum(map(sum, big)))
del big
print("done")
