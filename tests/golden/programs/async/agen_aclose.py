import asyncio
async def ticker():
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print("ticker cleanup")
        await asyncio.sleep(0)
        print("ticker cleanup done")
async def main():
    t = ticker()
    print(await t.__anext__(), await t.__anext__())
    print(await t.aclose())
    print(await t.aclose())
    fresh = ticker()
    await fresh.aclose()
    print("closed unstarted")
asyncio.run(main())
