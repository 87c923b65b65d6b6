# What single-threaded programs and libraries do with threading: locks
# around shared state, re-entrant locks, thread-local data, the current
# thread, and worker threads that are started and joined.
import threading

counter = 0
lock = threading.Lock()


def add(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1


workers = [threading.Thread(target=add, args=(100,), name=f"worker-{i}") for i in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(counter, [w.name for w in workers], [w.is_alive() for w in workers])

print(lock.locked(), lock.acquire(), lock.locked(), lock.acquire(blocking=False))
lock.release()

rlock = threading.RLock()


def nested(depth):
    with rlock:
        return depth if depth == 0 else nested(depth - 1) + 1


print(nested(5))
print(threading.current_thread().name, threading.current_thread() is threading.main_thread())
print(threading.active_count(), threading.get_ident() == threading.main_thread().ident)

local = threading.local()
local.request_id = 42
print(local.request_id, hasattr(local, "missing"))

event = threading.Event()
print(event.is_set(), event.wait(0))
event.set()
print(event.is_set(), event.wait())

sem = threading.BoundedSemaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
sem.release()
sem.release()
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)

cond = threading.Condition()
items = []
with cond:
    items.append(1)
    cond.notify_all()
print(cond.wait_for(lambda: items, timeout=0))


class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"sq-{n}")
        self.n = n
        self.result = None

    def run(self):
        self.result = self.n * self.n


ws = [Worker(n) for n in range(4)]
for w in ws:
    w.start()
    w.join()
print([w.result for w in ws])
try:
    ws[0].start()
except RuntimeError as e:
    print("RuntimeError:", e)
