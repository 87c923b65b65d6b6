# A traffic-light state machine with timers and pedestrian requests.
TRANSITIONS = {"green": ("yellow", 5), "yellow": ("red", 2), "red": ("green", 4)}
state, remaining = "red", 4
button_presses = {3: "ped", 9: "ped", 10: "ped", 20: "ped"}
walk_pending = False
timeline = []
for t in range(26):
    if button_presses.get(t) == "ped" and state == "green":
        walk_pending = True
        remaining = min(remaining, 1)
    remaining -= 1
    if remaining == 0:
        state, remaining = TRANSITIONS[state]
        if state == "red" and walk_pending:
            remaining += 2
            walk_pending = False
            timeline.append(f"t={t}: pedestrians walk")
    timeline.append(state[0].upper())
print("".join(s for s in timeline if len(s) == 1))
print("\n".join(s for s in timeline if len(s) > 1))
runs = []
for s in (s for s in timeline if len(s) == 1):
    if runs and runs[-1][0] == s:
        runs[-1][1] += 1
    else:
        runs.append([s, 1])
print(runs)
