# A discrete-time elevator simulation with deterministic requests.
requests = {0: [(0, 5)], 2: [(3, 1)], 3: [(6, 0)], 7: [(2, 8), (8, 2)], 12: [(0, 3)]}
floor, direction = 0, 0
passengers = []
waiting = []
log = []
delivered = 0
for tick in range(30):
    waiting += [{"from": a, "to": b, "since": tick} for a, b in requests.get(tick, [])]
    leaving = [p for p in passengers if p["to"] == floor]
    boarding = [w for w in waiting if w["from"] == floor]
    for p in leaving:
        passengers.remove(p)
        delivered += 1
        log.append(f"t={tick:>2} floor {floor}: drop off (waited since {p['since']})")
    for w in boarding:
        waiting.remove(w)
        passengers.append(w)
        log.append(f"t={tick:>2} floor {floor}: pick up -> {w['to']}")
    targets = [p["to"] for p in passengers] + [w["from"] for w in waiting]
    if not targets:
        direction = 0
    elif direction == 0:
        nearest = min(targets, key=lambda t: (abs(t - floor), t))
        direction = (nearest > floor) - (nearest < floor)
    elif not any((t - floor) * direction > 0 for t in targets):
        direction = -direction
    floor += direction
    if tick > 12 and not targets:
        log.append(f"t={tick:>2} idle at floor {floor}")
        break
print("\n".join(log))
print("delivered:", delivered, "still waiting:", len(waiting), "riding:", len(passengers))
