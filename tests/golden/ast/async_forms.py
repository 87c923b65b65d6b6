import asyncio

async def fetch(session, url):
    async with session.get(url) as response, lock:
        data = await response.text()
    async for chunk in stream():
        process(chunk)
    else:
        finish()
    result = [x async for x in aiter() if await ok(x)]
    gen = (await y for y in ys)
    return await asyncio.gather(*tasks)

@asyncio.coroutine_wrapper
async def decorated():
    await asyncio.sleep(0)
    async with a:
        pass

async def agen():
    yield 1
    await x
