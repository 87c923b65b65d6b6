# Generators: a pipeline of generator functions, generator expressions,
# yield from, and send().
def numbers(n):
    for i in range(n):
        yield i


def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x


def squares(source):
    for x in source:
        yield x * x


def chained(n):
    yield from numbers(n)
    yield from numbers(n // 2)


def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value


total = sum(squares(evens(numbers(600_000))))
total += sum(x % 7 for x in chained(400_000))
acc = accumulator()
next(acc)
for i in range(200_000):
    last = acc.send(i)
print(total, last)
