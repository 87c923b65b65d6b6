import asyncio


async def worker(name, queue, results, lock):
    while True:
        item = await queue.get()
        if item is None:
            queue.task_done()
            break
        await asyncio.sleep(0.001 * item)
        async with lock:
            results.append((name, item * item))
        queue.task_done()


async def slow(n):
    await asyncio.sleep(1)
    return n


async def fail(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)


async def producer_consumer():
    q = asyncio.Queue(maxsize=3)
    results = []
    lock = asyncio.Lock()
    workers = [asyncio.create_task(worker(f"w{i}", q, results, lock)) for i in range(3)]
    for i in range(1, 8):
        await q.put(i)
    for _ in workers:
        await q.put(None)
    await q.join()
    await asyncio.gather(*workers)
    print(sorted(r[1] for r in results), q.empty(), q.qsize())


async def main():
    await producer_consumer()
    r = await asyncio.gather(asyncio.sleep(0, "a"), asyncio.sleep(0, "b"))
    print(r)
    try:
        await asyncio.wait_for(slow(1), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
    res = await asyncio.gather(fail("x"), asyncio.sleep(0, 5), return_exceptions=True)
    print([type(x).__name__ if isinstance(x, Exception) else x for x in res], repr(res[0]))
    try:
        await asyncio.gather(fail("first"), fail("second"))
    except ValueError as e:
        print("gather raised", e)
    ev = asyncio.Event()

    async def waiter(i):
        await ev.wait()
        return i * 10

    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(ev.is_set(), [t.done() for t in tasks])
    ev.set()
    print(await asyncio.gather(*tasks))
    t = asyncio.create_task(slow(2))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())
    sem = asyncio.Semaphore(2)
    active = []

    async def limited(i):
        async with sem:
            active.append(i)
            await asyncio.sleep(0)
            n = len(active)
            active.remove(i)
            return n

    print(max(await asyncio.gather(*(limited(i) for i in range(5)))))
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(0, v)) for v in (1, 2)])
    print(sorted(d.result() for d in done), len(pending))
    for coro in asyncio.as_completed([asyncio.sleep(0.002, "late"), asyncio.sleep(0.001, "early")]):
        print(await coro)

    async def agen(n):
        for i in range(n):
            await asyncio.sleep(0)
            yield i

    print([x async for x in agen(4)], await asyncio.sleep(0))
    task = asyncio.create_task(fail("in task"))
    await asyncio.sleep(0.01)
    print(task.done(), repr(task.exception()))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "future!")
    print(await fut)
    return "main done"


print(asyncio.run(main()))


