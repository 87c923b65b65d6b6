async def f(xs, m):
    async for x in xs:
        if x:
            break
    else:
        y = 1
    async with m as a, m:
        return [v async for v in a if v] + [w for w in y]


async def g():
    yield 1
    await g()
