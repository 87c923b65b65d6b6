# An exception raised inside a generator consumed by a comprehension.
def readings():
    for raw in ["12", "15", "n/a", "9"]:
        yield int(raw)


values = [v * 2 for v in readings()]
print(values)
