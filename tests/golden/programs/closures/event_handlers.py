# A registry of handlers built with decorator factories and closures.
handlers = {}


def on(event, priority=0):
    def register(fn):
        handlers.setdefault(event, []).append((priority, fn.__name__, fn))
        return fn
    return register


def emit(event, **payload):
    results = []
    for _, name, fn in sorted(handlers.get(event, []), key=lambda h: -h[0]):
        try:
            results.append((name, fn(**payload)))
        except Exception as e:
            results.append((name, f"failed: {type(e).__name__}: {e}"))
    return results


@on("login", priority=10)
def audit(user, **_):
    return f"audit {user}"


@on("login")
def greet(user, lang="en"):
    return {"en": "Hello", "fr": "Bonjour"}[lang] + ", " + user


@on("logout")
def goodbye(user):
    return f"bye {user}"


@on("login", priority=5)
def check(user, lang="en"):
    if user == "root":
        raise PermissionError("root may not log in")
    return "ok"


for r in emit("login", user="ada"):
    print(r)
for r in emit("login", user="root", lang="fr"):
    print(r)
print(emit("logout", user="ada"))
print(emit("logout", user="ada", extra=1))
print(emit("unknown"))
print(sorted(handlers), [len(v) for _, v in sorted(handlers.items())])
