# Interval problems: merge, insert, total coverage, meeting rooms.
def merge(intervals):
    out = []
    for start, end in sorted(intervals):
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return [tuple(iv) for iv in out]


def rooms_needed(meetings):
    events = sorted([(s, 1) for s, _ in meetings] + [(e, -1) for _, e in meetings])
    cur = peak = 0
    for _, delta in events:
        cur += delta
        peak = max(peak, cur)
    return peak


cases = [
    [(1, 3), (2, 6), (8, 10), (15, 18)],
    [(1, 4), (4, 5)],
    [(5, 7), (1, 2), (2, 3), (6, 9), (10, 10)],
    [],
]
for c in cases:
    m = merge(c)
    covered = sum(e - s for s, e in m)
    print(f"{c} -> {m} covers {covered}")

meetings = [(9, 10), (9, 12), (10, 11), (11, 13), (12, 14), (13, 14)]
print("rooms needed:", rooms_needed(meetings))
schedule = {}
for start, end in sorted(meetings):
    for room, booked in sorted(schedule.items()):
        if booked[-1][1] <= start:
            booked.append((start, end))
            break
    else:
        schedule[len(schedule) + 1] = [(start, end)]
for room, booked in schedule.items():
    print(f"room {room}: " + ", ".join(f"{s}:00-{e}:00" for s, e in booked))
