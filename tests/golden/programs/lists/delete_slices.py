# del on list and bytearray slices: every start, stop and step shape, and a
# long run of `del items[:k]` (one pass per deletion, not one per item).
import random

random.seed(3)
for trial in range(300):
    n = random.randint(0, 30)
    start = random.choice([None, random.randint(-40, 40)])
    stop = random.choice([None, random.randint(-40, 40)])
    step = random.choice([None, 1, 2, 3, -1, -2, -3, 7])
    items = list(range(n))
    del items[start:stop:step]
    data = bytearray(range(n))
    del data[start:stop:step]
    print(n, start, stop, step, items, list(data) == items)
big = list(range(100000))
for _ in range(1000):
    del big[:50]
print(len(big), big[:3])
for container in (list(range(5)), bytearray(5)):
    try:
        del container[::0]
    except ValueError as e:
        print("ValueError:", e)
