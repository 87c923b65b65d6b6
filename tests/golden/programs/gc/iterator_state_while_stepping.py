# Regression: while zip/map/filter/enumerate step, their inner iterators
# run Python code that may trigger a collection; the iterators they hold
# (here generators no other name refers to) must survive it.
def numbers(n):
    for i in range(n):
        garbage = [[i] for _ in range(50)]
        yield garbage[0][0]


total = 0
for a, b, c in zip(numbers(20000), numbers(20000), iter(list(range(20000)))):
    total += a + b + c
print("zip", total)
print("map", sum(map(lambda x, y: x - y, numbers(20000), numbers(20000))))
print("enumerate", sum(i + v for i, v in enumerate(numbers(20000))))
print("filter", sum(1 for _ in filter(None, numbers(20000))))
