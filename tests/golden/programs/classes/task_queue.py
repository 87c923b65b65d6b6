# A priority task queue class using __lt__ for ordering and a generator API.
class Task:
    _next_id = 0

    def __init__(self, name, priority=5, deps=()):
        Task._next_id += 1
        self.id = Task._next_id
        self.name, self.priority, self.deps = name, priority, set(deps)
        self.done = False

    def __lt__(self, other):
        return (self.priority, self.id) < (other.priority, other.id)

    def __repr__(self):
        return f"<{self.name} p{self.priority}>"


class TaskQueue:
    def __init__(self):
        self.tasks = []

    def add(self, *tasks):
        self.tasks.extend(tasks)

    def ready(self):
        done = {t.name for t in self.tasks if t.done}
        return sorted(t for t in self.tasks if not t.done and t.deps <= done)

    def run(self):
        while True:
            ready = self.ready()
            if not ready:
                break
            task = ready[0]
            task.done = True
            yield task
        left = [t for t in self.tasks if not t.done]
        if left:
            raise RuntimeError(f"blocked tasks: {sorted(left)}")


q = TaskQueue()
q.add(Task("deploy", 1, ["test", "build"]), Task("build", 3), Task("test", 2, ["build"]),
      Task("docs", 9), Task("lint", 2))
print([t.name for t in q.run()])
q2 = TaskQueue()
q2.add(Task("a", 1, ["b"]), Task("b", 1, ["a"]), Task("c", 5))
try:
    for t in q2.run():
        print("ran", t)
except RuntimeError as e:
    print("RuntimeError:", e)
