import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        await asyncio.sleep(0)
    await q.put(None)

async def consumer(q):
    total = 0
    while (item := await q.get()) is not None:
        total += item
    return total

async def ticker(name, n, delay, log):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(delay)
    return name

async def main():
    q = asyncio.Queue(maxsize=2)
    _, total = await asyncio.gather(producer(q, 5), consumer(q))
    print("total", total)
    log = []
    done = await asyncio.gather(ticker("a", 3, 0.01, log), ticker("b", 2, 0.015, log))
    print(done, log)
    tasks = [asyncio.create_task(ticker(f"t{i}", 1, 0, [])) for i in range(3)]
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), pending)
    for coro in asyncio.as_completed([ticker("x", 1, 0.02, []), ticker("y", 1, 0.0, [])]):
        print("completed", await coro)
    lock = asyncio.Lock()
    shared = []
    async def critical(i):
        async with lock:
            shared.append(i)
            await asyncio.sleep(0)
            shared.append(-i)
    await asyncio.gather(*(critical(i) for i in range(1, 4)))
    print(shared)
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        return "woke"
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    print(await t)
    sem = asyncio.Semaphore(2)
    running = []
    peak = [0]
    async def limited(i):
        async with sem:
            running.append(i)
            peak[0] = max(peak[0], len(running))
            await asyncio.sleep(0.001)
            running.remove(i)
    await asyncio.gather(*(limited(i) for i in range(5)))
    print("peak", peak[0])
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 99)
    print(await fut)
    async def fails(): raise ValueError("inner")
    t = asyncio.create_task(fails())
    await asyncio.sleep(0)
    print(t.done(), type(t.exception()).__name__)
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(ticker("g", 1, 0, []))
    print(t1.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails())
            tg.create_task(fails())
    except* ValueError as eg:
        print("group", len(eg.exceptions))

asyncio.run(main())
async def agen():
    try:
        for i in range(3):
            yield i
    finally:
        print("agen finalized")
async def main2():
    async for v in agen():
        print("got", v)
    print("after loop")
    g = agen()
    print(await g.__anext__(), await g.__anext__())
    await g.aclose()
asyncio.run(main2())
print(asyncio.iscoroutinefunction(main2), asyncio.iscoroutine(main2()) if False else "skip")
