# Parsing web-server style log lines and summarising them.
LOG = """\
2024-03-01 10:00:01 GET /index.html 200 512
2024-03-01 10:00:03 GET /about.html 200 1024
2024-03-01 10:00:04 POST /login 302 0
2024-03-01 10:01:10 GET /missing 404 128
2024-03-01 10:01:11 GET /index.html 200 512
garbage line here
2024-03-01 10:02:00 GET /api/items?page=2 500 64
2024-03-01 10:02:30 GET /index.html 304 0
2024-03-01 10:03:00 DELETE /api/items/7 204 0
"""

entries, bad = [], []
for n, line in enumerate(LOG.splitlines(), 1):
    parts = line.split()
    if len(parts) != 6:
        bad.append(n)
        continue
    date, time, method, path, status, size = parts
    path, _, query = path.partition("?")
    entries.append({"time": time, "method": method, "path": path, "query": query,
                    "status": int(status), "size": int(size)})

print(f"parsed {len(entries)} entries; bad lines: {bad}")
status_classes = {}
for e in entries:
    cls = f"{e['status'] // 100}xx"
    status_classes[cls] = status_classes.get(cls, 0) + 1
print(" ".join(f"{k}={v}" for k, v in sorted(status_classes.items())))
hits = {}
for e in entries:
    hits[e["path"]] = hits.get(e["path"], 0) + 1
for path, n in sorted(hits.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"  {n:>2}  {path}")
print("bytes served:", sum(e["size"] for e in entries))
errors = [f"{e['time']} {e['status']} {e['path']}" for e in entries if e["status"] >= 400]
print("errors:", errors)
methods = sorted({e["method"] for e in entries})
print("methods:", ", ".join(methods))
queries = [e["query"] for e in entries if e["query"]]
print("queries:", [dict(kv.split("=") for kv in q.split("&")) for q in queries])
