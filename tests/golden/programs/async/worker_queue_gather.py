import asyncio

async def worker(name, q, results):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        await asyncio.sleep(0)
        results.append((name, item * 2))
        q.task_done()

async def produce():
    q = asyncio.Queue()
    results = []
    workers = [asyncio.create_task(worker(f"w{i}", q, results)) for i in range(3)]
    for i in range(9):
        await q.put(i)
    for _ in workers:
        await q.put(None)
    await q.join()
    await asyncio.gather(*workers)
    return sorted(r[1] for r in results)

print(asyncio.run(produce()))

async def fetch(n, delay):
    await asyncio.sleep(delay)
    if n == 3:
        raise ValueError(f"bad {n}")
    return n * 10

async def main():
    r = await asyncio.gather(fetch(1, 0.01), fetch(2, 0.0))
    print(r)
    r = await asyncio.gather(fetch(1, 0), fetch(3, 0), return_exceptions=True)
    print(r)
    try:
        await asyncio.gather(fetch(3, 0), fetch(1, 0))
    except ValueError as e:
        print("caught", e)
    t = asyncio.create_task(fetch(5, 0))
    print(t.done())
    print(await t, t.done(), t.result())
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except asyncio.TimeoutError:
        print("timeout")

asyncio.run(main())

class AsyncRange:
    def __init__(self, n): self.n = n
    def __aiter__(self):
        self.i = 0
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i

class Resource:
    async def __aenter__(self):
        print("open")
        return self
    async def __aexit__(self, et, e, tb):
        print("close", et.__name__ if et else None)
        return False

async def agen(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)

async def main2():
    async for x in AsyncRange(3):
        print("ar", x)
    async with Resource() as r:
        print("using", type(r).__name__)
    try:
        async with Resource():
            raise KeyError("k")
    except KeyError:
        print("propagated")
    print([x async for x in agen(4)])
    print([x async for x in agen(6) if x % 2])
    g = agen(2)
    print(await g.__anext__(), await g.__anext__())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("agen done")

asyncio.run(main2())

async def cancel_me():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("cancelled!")
        raise

async def main3():
    t = asyncio.create_task(cancel_me())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main saw cancel", t.cancelled())

asyncio.run(main3())

async def boom():
    await asyncio.sleep(0)
    raise RuntimeError("async boom")
