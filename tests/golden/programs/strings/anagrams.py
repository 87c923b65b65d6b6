words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog", "god", "odg", "bird"]
groups = {}
for w in words:
    key = "".join(sorted(w))
    groups.setdefault(key, []).append(w)
for key in sorted(groups):
    members = groups[key]
    if len(members) > 1:
        print(f"{key}: {', '.join(sorted(members))}")
print("loners:", [g[0] for g in groups.values() if len(g) == 1])
