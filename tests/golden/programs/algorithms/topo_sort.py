# Topological sort of build tasks (Kahn's algorithm) and cycle detection.
def topo(deps):
    indeg = {t: 0 for t in deps}
    users = {t: [] for t in deps}
    for task, needs in deps.items():
        for n in needs:
            indeg[task] += 1
            users[n].append(task)
    ready = sorted(t for t, d in indeg.items() if d == 0)
    order = []
    while ready:
        t = ready.pop(0)
        order.append(t)
        for u in sorted(users[t]):
            indeg[u] -= 1
            if indeg[u] == 0:
                ready.append(u)
        ready.sort()
    if len(order) != len(deps):
        stuck = sorted(t for t in deps if t not in order)
        raise ValueError(f"cycle among {stuck}")
    return order


build = {
    "app": ["lib", "config"],
    "lib": ["core", "utils"],
    "utils": ["core"],
    "core": [],
    "config": [],
    "tests": ["app", "fixtures"],
    "fixtures": ["core"],
}
print(" -> ".join(topo(build)))

build["core"] = ["tests"]
try:
    topo(build)
except ValueError as e:
    print("error:", e)


def dfs_order(deps):
    seen, out = set(), []

    def visit(t):
        if t in seen:
            return
        seen.add(t)
        for n in sorted(deps[t]):
            visit(n)
        out.append(t)

    for t in sorted(deps):
        visit(t)
    return out


build["core"] = []
print(dfs_order(build))
