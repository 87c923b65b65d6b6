def running_average():
    total = 0.0
    count = 0
    def add(x):
        nonlocal total, count
        total += x
        count += 1
        return total / count
    return add

avg = running_average()
for x in [10, 20, 30, 40]:
    print(round(avg(x), 2))

def make_multipliers():
    return {name: (lambda factor: lambda x: x * factor)(f) for name, f in [("double", 2), ("triple", 3)]}

m = make_multipliers()
print(m["double"](7), m["triple"](7))
