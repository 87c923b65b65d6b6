# Work queues in a single-threaded program: FIFO, LIFO and priority
# queues, bounded queues, task accounting, and the Empty/Full exceptions.
import queue

tasks = queue.Queue()
for name in ["fetch", "parse", "store"]:
    tasks.put(name)
print(tasks.qsize(), tasks.empty(), tasks.full())
done = []
while not tasks.empty():
    item = tasks.get()
    done.append(item.upper())
    tasks.task_done()
tasks.join()
print(done, tasks.unfinished_tasks)

stack = queue.LifoQueue()
for i in range(4):
    stack.put(i)
print([stack.get() for _ in range(4)])

urgent = queue.PriorityQueue()
for priority, job in [(3, "low"), (1, "critical"), (2, "normal"), (1, "also critical")]:
    urgent.put((priority, job))
while not urgent.empty():
    print(urgent.get_nowait())

bounded = queue.Queue(maxsize=2)
bounded.put("a")
bounded.put("b", block=False)
print(bounded.full())
try:
    bounded.put_nowait("c")
except queue.Full:
    print("Full")
try:
    bounded.put("c", timeout=0.001)
except queue.Full:
    print("Full after timeout")
print(bounded.get(), bounded.get())
try:
    bounded.get_nowait()
except queue.Empty:
    print("Empty")
try:
    bounded.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)

simple = queue.SimpleQueue()
simple.put(1)
simple.put(2)
print(simple.get(), simple.qsize(), simple.empty())


def breadth_first(graph, start):
    order, seen, pending = [], {start}, queue.Queue()
    pending.put(start)
    while not pending.empty():
        node = pending.get()
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                pending.put(nxt)
    return order


print(breadth_first({"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": [], "e": ["a"]}, "a"))
try:
    tasks.task_done()
except ValueError as e:
    print("ValueError:", e)
