# A bank queue simulation with a seeded linear congruential generator.
seed = 2024


def rand():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return (seed >> 33) / 2**31


arrivals = []
t = 0.0
while len(arrivals) < 25:
    t += 1 + rand() * 4
    arrivals.append(round(t, 2))
tellers = [0.0, 0.0]
waits = []
served_by = [0, 0]
for arrive in arrivals:
    i = min(range(len(tellers)), key=lambda k: (tellers[k], k))
    start = max(arrive, tellers[i])
    service = 2 + rand() * 6
    tellers[i] = start + service
    waits.append(start - arrive)
    served_by[i] += 1
print("first arrivals:", arrivals[:5])
print(f"average wait {sum(waits) / len(waits):.3f}, max wait {max(waits):.3f}")
print("served per teller:", served_by)
print("closing time:", round(max(tellers), 3))
buckets = [0] * 5
for w in waits:
    buckets[min(int(w // 2), 4)] += 1
for i, n in enumerate(buckets):
    label = f"{2 * i}-{2 * i + 2}" if i < 4 else "8+"
    print(f"{label:>5} {'#' * n}")
