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
    return count

avg = averager()
print(next(avg))
for v in [10, 30, 20]:
    print(avg.send(v))
try:
    avg.send(None)
except StopIteration as stop:
    print("done after", stop.value, "values")

def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    finally:
        print("closing with", received)

e = echo()
next(e)
e.send("a"); e.send("b")
e.close()
