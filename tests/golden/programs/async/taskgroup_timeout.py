import asyncio

async def crash_soon(n):
    await asyncio.sleep(0.001 * n)
    raise ValueError(f"crash {n}")

async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("slow cancelled")
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(crash_soon(1))
            tg.create_task(slow())
            await asyncio.sleep(5)
            print("not reached")
    except* ValueError as eg:
        print("caught", [str(e) for e in eg.exceptions])
    print("after group")
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(asyncio.sleep(0, result=i)) for i in range(3)]
    print([t.result() for t in ts])
    try:
        async with asyncio.timeout(0.01) as cm:
            await slow()
    except TimeoutError:
        print("timeout fired", cm.expired())
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0)
    print("no timeout", cm.expired())
    async with asyncio.timeout(None):
        await asyncio.sleep(0)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(crash_soon(1))
            tg.create_task(crash_soon(2))
    except ExceptionGroup as eg:
        print(repr(eg.message), sorted(str(e) for e in eg.exceptions))

asyncio.run(main())

async def failing_body():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(slow())
        await asyncio.sleep(0)
        raise KeyError("body")
try:
    asyncio.run(failing_body())
except* KeyError as eg:
    print("body error", eg.exceptions)
