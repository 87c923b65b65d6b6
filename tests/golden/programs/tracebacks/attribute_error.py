items = [3, 1, 2]
items.sort()
print(items)
result = items.sort()
print(result)
result.append(4)
