# concurrent.futures as programs use it: executors, futures and their
# results, exceptions and callbacks, as_completed (results gathered, since
# CPython's completion order varies), wait, map, shutdown; asyncio's
# run_in_executor and to_thread. (Strata runs each call when submitted.)
import concurrent.futures as cf
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor, as_completed, wait, FIRST_EXCEPTION
import asyncio, time, math
def fetch(url):
    if "bad" in url:
        raise ConnectionError(f"cannot reach {url}")
    return len(url)
urls = ["a.com", "bb.org", "bad.net", "dddd.io"]
with ThreadPoolExecutor(max_workers=3) as ex:
    futures = {ex.submit(fetch, u): u for u in urls}
    outcomes = []
    for f in as_completed(futures):
        u = futures[f]
        try:
            outcomes.append((u, f.result()))
        except ConnectionError as e:
            outcomes.append((u, f"failed: {e}"))
    print(sorted(outcomes))
    print(list(ex.map(math.factorial, range(6))))
with ProcessPoolExecutor() as pex:
    print(sorted(pex.map(pow, [2, 3], [5, 2])))
ex2 = ThreadPoolExecutor(2)
f = ex2.submit(sum, [1, 2, 3])
print(f.done(), f.result(), f.exception(), f.cancelled(), f.cancel(), repr(f).split(" at ")[0], repr(f).split(" state=")[1])
called = []
f.add_done_callback(lambda fut: called.append(fut.result()))
print(called)
bad = ex2.submit(fetch, "bad.x")
print(repr(bad.exception()), repr(bad).split(" state=")[1])
done, not_done = wait([f, bad], return_when=FIRST_EXCEPTION)
print(len(done), len(not_done))
ex2.shutdown()
try:
    ex2.submit(print, 1)
except RuntimeError as e:
    print(e)
try:
    ThreadPoolExecutor(0)
except ValueError as e:
    print(e)
fut = cf.Future()
fut.set_result(5)
print(fut.result())
try:
    fut.set_result(6)
except cf.InvalidStateError as e:
    print(type(e).__name__, str(e).split(":")[0])
c = cf.Future(); print(c.cancel(), c.cancelled())
try:
    c.result()
except cf.CancelledError as e:
    print("cancelled", type(e))
def init(x): print("init", x)
with ThreadPoolExecutor(initializer=init, initargs=("w",)) as e3:
    print(e3.submit(str.upper, "ok").result())
async def main():
    loop = asyncio.get_running_loop()
    r = await loop.run_in_executor(None, fetch, "xyz")
    r2 = await asyncio.to_thread(fetch, "hello")
    with ThreadPoolExecutor() as pool:
        r3 = await loop.run_in_executor(pool, fetch, "abcd")
    try:
        await asyncio.to_thread(fetch, "bad")
    except ConnectionError as e:
        print("async failed:", e)
    print(r, r2, r3)
asyncio.run(main())
import os
print(isinstance(os.cpu_count(), int) or os.cpu_count() is None)
