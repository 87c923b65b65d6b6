# A generator pipeline: read lines, parse, filter, window, aggregate.
RAW = """\
cpu 10
mem 40
cpu 35
disk 5
cpu 80
mem 42
cpu 95
cpu 20
# comment
mem 90
cpu 60
"""


def lines(text):
    for line in text.splitlines():
        yield line


def parse(source):
    for line in source:
        if not line or line.startswith("#"):
            continue
        name, value = line.split()
        yield name, int(value)


def only(kind, source):
    return (value for name, value in source if name == kind)


def window(source, n):
    buf = []
    for x in source:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)


def alerts(source, limit):
    for w in source:
        avg = sum(w) / len(w)
        if avg > limit:
            yield w, avg


cpu = only("cpu", parse(lines(RAW)))
for w, avg in alerts(window(cpu, 3), 50):
    print(f"alert: window {w} averages {avg:.2f}")
mem = list(only("mem", parse(lines(RAW))))
print("mem readings:", mem, "max", max(mem))
counts = {}
for name, _ in parse(lines(RAW)):
    counts[name] = counts.get(name, 0) + 1
print(sorted(counts.items()))
g = parse(lines(RAW))
print(next(g), next(g))
print(sum(1 for _ in g), "left")
