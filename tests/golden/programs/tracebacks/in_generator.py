def readings():
    yield 1.5
    yield 2.5
    yield 1 / 0

for r in readings():
    print("reading", r)
