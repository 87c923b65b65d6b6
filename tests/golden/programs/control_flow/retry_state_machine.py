# A connection state machine with transitions table and event log.
TRANSITIONS = {
    ("closed", "connect"): "connecting",
    ("connecting", "ok"): "open",
    ("connecting", "fail"): "backoff",
    ("backoff", "timer"): "connecting",
    ("open", "drop"): "backoff",
    ("open", "close"): "closed",
    ("backoff", "close"): "closed",
}
events = ["connect", "fail", "timer", "fail", "timer", "ok", "send", "drop", "timer", "ok", "close", "ok"]
state = "closed"
retries = 0
history = [state]
for ev in events:
    nxt = TRANSITIONS.get((state, ev))
    if nxt is None:
        print(f"ignored {ev!r} in state {state!r}")
        continue
    if nxt == "backoff":
        retries += 1
        delay = min(2 ** retries, 30)
        print(f"{state} --{ev}--> {nxt} (retry #{retries}, wait {delay}s)")
    else:
        if nxt == "open":
            retries = 0
        print(f"{state} --{ev}--> {nxt}")
    state = nxt
    history.append(state)
print(" > ".join(history))
visits = {s: history.count(s) for s in dict.fromkeys(history)}
print(visits, "final:", state)
reachable = {"closed"}
changed = True
while changed:
    changed = False
    for (src, _), dst in TRANSITIONS.items():
        if src in reachable and dst not in reachable:
            reachable.add(dst)
            changed = True
print(sorted(reachable))
