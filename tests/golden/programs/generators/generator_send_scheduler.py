# Round-robin "tasks" built from generators, like a tiny cooperative scheduler.
def worker(name, steps):
    total = 0
    for i in range(steps):
        got = yield f"{name} step {i}"
        if got:
            total += got
    return f"{name} done total={total}"


def scheduler(tasks):
    queue = list(tasks)
    results = []
    tick = 0
    while queue:
        task = queue.pop(0)
        try:
            msg = task.send(tick if tick % 2 else None) if tick > len(tasks) - 1 else next(task)
            print(f"tick {tick:>2}: {msg}")
            queue.append(task)
        except StopIteration as stop:
            results.append(stop.value)
        tick += 1
    return results


for r in scheduler([worker("a", 3), worker("b", 1), worker("c", 4)]):
    print(r)


def ticker():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        elif cmd == "stop":
            return
        else:
            n += 1


t = ticker()
print([next(t), next(t), t.send("reset"), next(t), next(t)])
print(next(t, "x"), t.send("stop") if False else "skip")
try:
    t.send("stop")
except StopIteration:
    print("ticker stopped")
