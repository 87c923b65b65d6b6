# A todo list manipulated with list methods, slicing and sorting.
todos = []


def add(title, priority=2, done=False):
    todos.append([title, priority, done])


for t, p in [("write report", 1), ("email bob", 3), ("fix tests", 1), ("lunch", 2), ("read paper", 3)]:
    add(t, p)
todos.insert(0, ["urgent call", 0, False])
todos[2][2] = True
print(len(todos), [t[0] for t in todos])
todos.sort(key=lambda t: (t[2], t[1], t[0]))
for i, (title, prio, done) in enumerate(todos, 1):
    print(f"{i}. [{'x' if done else ' '}] P{prio} {title}")
finished = [t for t in todos if t[2]]
for t in finished:
    todos.remove(t)
print("removed", [t[0] for t in finished], "left", len(todos))
popped = todos.pop()
print("popped", popped, "index of lunch:", [t[0] for t in todos].index("lunch"))
todos.extend([["gym", 2, False]] * 2)
print([t[0] for t in todos].count("gym"), todos[-1] is todos[-2])
todos[1:3] = []
print([t[0] for t in todos])
todos.reverse()
print([t[0] for t in todos], todos[::2], todos[-2:])
del todos[0]
todos.clear()
print(todos)
