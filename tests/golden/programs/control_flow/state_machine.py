transitions = {
    ("idle", "coin"): "ready",
    ("ready", "push"): "vending",
    ("vending", "done"): "idle",
    ("ready", "refund"): "idle",
}
state = "idle"
for event in ["push", "coin", "coin", "push", "done", "coin", "refund"]:
    nxt = transitions.get((state, event))
    if nxt is None:
        print(f"{state:>8} --{event}--> (ignored)")
        continue
    print(f"{state:>8} --{event}--> {nxt}")
    state = nxt
print("final:", state)
