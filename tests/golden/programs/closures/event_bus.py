def make_bus():
    handlers = {}
    def on(event):
        def register(fn):
            handlers.setdefault(event, []).append(fn)
            return fn
        return register
    def emit(event, *args):
        results = [h(*args) for h in handlers.get(event, [])]
        print(f"emit {event}{args} -> {results}")
    return on, emit

on, emit = make_bus()
log = []

@on("save")
def record(name):
    log.append(name)
    return "recorded"

@on("save")
def announce(name):
    return f"saved {name}"

emit("save", "a.txt")
emit("load", "b.txt")
emit("save", "c.txt")
print(log)
