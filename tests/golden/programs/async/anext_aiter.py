# anext() and aiter(): pulling items from asynchronous iterators by hand,
# with and without a default for the end of the iteration.
import asyncio


async def countdown(n):
    while n > 0:
        yield n
        await asyncio.sleep(0)
        n -= 1


class Ticker:
    """An asynchronous iterator written as a class."""

    def __init__(self, limit):
        self.limit = limit
        self.count = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.count >= self.limit:
            raise StopAsyncIteration
        self.count += 1
        return f"tick {self.count}"


class Broken:
    def __aiter__(self):
        return 42


async def take(aiterable, n):
    it = aiter(aiterable)
    items = []
    for _ in range(n):
        item = await anext(it, None)
        if item is None:
            break
        items.append(item)
    return items


async def main():
    gen = countdown(3)
    print("aiter is identity:", aiter(gen) is gen)
    print("first:", await anext(gen))
    print("second:", await anext(gen, "done"))
    print("rest:", [x async for x in gen])
    print("default at end:", await anext(gen, "done"))
    try:
        await anext(gen)
    except StopAsyncIteration:
        print("StopAsyncIteration at end")

    print("take:", await take(countdown(10), 4))
    print("take short:", await take(Ticker(2), 5))
    ticker = Ticker(1)
    print("ticker:", await anext(ticker), await anext(ticker, "no more"))

    for bad in (lambda: aiter(5), lambda: aiter(Broken()), lambda: anext([1, 2]),
                lambda: aiter(), lambda: anext(), lambda: anext(gen, 1, 2)):
        try:
            bad()
        except TypeError as e:
            print("TypeError:", e)


asyncio.run(main())
