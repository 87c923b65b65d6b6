import asyncio

async def worker(name, q, results):
    while True:
        item = await q.get()
        await asyncio.sleep(0.001 * item)
        results.append((name, item))
        q.task_done()

async def fetch(i):
    await asyncio.sleep(0.01 * (3 - i))
    return i * i

async def failing():
    await asyncio.sleep(0)
    raise ValueError("boom")

async def main():
    print(await fetch(1))
    print(await asyncio.gather(fetch(0), fetch(1), fetch(2)))
    t = asyncio.create_task(fetch(2))
    print(t.done(), await t, t.done())
    q = asyncio.Queue()
    results = []
    workers = [asyncio.create_task(worker(f"w{i}", q, results)) for i in range(2)]
    for item in [3, 1, 2]:
        q.put_nowait(item)
    await q.join()
    for w in workers:
        w.cancel()
    print(sorted(results))
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
    print(await asyncio.gather(failing(), fetch(1), return_exceptions=True))
    try:
        await failing()
    except ValueError as e:
        print("caught", e)
    ev = asyncio.Event()
    async def setter():
        await asyncio.sleep(0.005)
        ev.set()
    asyncio.create_task(setter())
    await ev.wait()
    print("event set", ev.is_set())
    lock = asyncio.Lock()
    order = []
    async def critical(n):
        async with lock:
            order.append(n)
            await asyncio.sleep(0)
            order.append(n)
    await asyncio.gather(*(critical(i) for i in range(3)))
    print(order)
    return "done"

print(asyncio.run(main()))
