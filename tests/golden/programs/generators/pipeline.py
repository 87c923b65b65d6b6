log_lines = """INFO start server
WARN disk 91%
INFO request /home 200
ERROR request /api 500
INFO request /about 200
ERROR db timeout
WARN memory 85%""".splitlines()

def parse(lines):
    for line in lines:
        level, _, msg = line.partition(" ")
        yield level, msg

def only(levels, records):
    for level, msg in records:
        if level in levels:
            yield level, msg

def numbered(records, start=1):
    n = start
    for r in records:
        yield n, r
        n += 1

for n, (level, msg) in numbered(only({"ERROR", "WARN"}, parse(log_lines))):
    print(f"{n}. [{level}] {msg}")
counts = {}
for level, _ in parse(log_lines):
    counts[level] = counts.get(level, 0) + 1
print(counts)
