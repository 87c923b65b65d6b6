# A dict that keeps gaining and losing keys, as a recursion guard or a
# cache of in-flight work does: lookups keep working however many keys
# have come and gone.
seen = {}
events = []
for n in range(5000):
    key = n * 7919
    seen[key] = n
    if key in seen and (key + 1) not in seen:
        del seen[key]
    if n % 1000 == 0:
        events.append((n, len(seen), 12345 in seen))
print(events, len(seen))

in_flight = {}
for job in range(3000):
    in_flight[f"job-{job}"] = job
    if job >= 3:
        in_flight.pop(f"job-{job - 3}")
print(sorted(in_flight), in_flight.get("job-2999"), "job-5" in in_flight)

s = set()
for i in range(4000):
    s.add(i * 31)
    s.discard(i * 31)
print(len(s), 31 in s)
