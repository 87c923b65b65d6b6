# Coroutines driven with send(): running average, and a tee into sinks.
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return (count, average)


avg = averager()
next(avg)
for v in (10, 20, 30, 45):
    print(f"sent {v:>3} -> average {avg.send(v)}")
try:
    avg.send(None)
except StopIteration as stop:
    print("finished with", stop.value)


def collector(name, store):
    try:
        while True:
            item = yield
            store.setdefault(name, []).append(item)
    finally:
        store.setdefault("closed", []).append(name)


def grouper(results, key):
    while True:
        group = yield from collector(key, results)


store = {}
sinks = {k: collector(k, store) for k in ("even", "odd")}
for s in sinks.values():
    next(s)
for n in range(7):
    sinks["even" if n % 2 == 0 else "odd"].send(n)
for s in sinks.values():
    s.close()
print(store)


def delegator():
    result = yield from averager()
    yield f"inner returned {result}"


d = delegator()
next(d)
d.send(4)
d.send(8)
print(d.send(None))
