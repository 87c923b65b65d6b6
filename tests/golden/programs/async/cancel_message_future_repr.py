# task.cancel(msg) reaches the awaiting code's CancelledError; futures show
# their result or exception.
import asyncio


async def long_job():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("job cancelled with", e.args)
        raise


async def main():
    t = asyncio.create_task(long_job())
    await asyncio.sleep(0)
    t.cancel("shutting down")
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiter sees", e.args, t.cancelled())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result() raises", type(e).__name__, e.args)
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f)
    f.set_result([1, 2, 3])
    print(f)
    g = loop.create_future()
    g.set_exception(ValueError("bad"))
    print(g, repr(g.exception()))
    h = loop.create_future()
    h.cancel("no longer needed")
    print(h)
    try:
        h.result()
    except asyncio.CancelledError as e:
        print("future cancelled:", e.args)
    big = loop.create_future()
    big.set_result("x" * 100)
    print(big)


asyncio.run(main())
