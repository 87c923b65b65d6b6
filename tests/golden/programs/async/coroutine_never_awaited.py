# A coroutine dropped before it ran warns "was never awaited" (RuntimeWarning
# with the tracemalloc hint) where it was let go; one left at exit warns once, at sys:1.
import asyncio
import sys

async def fetch(n):
    return n

async def main():
    fetch(1)            # forgot the await
    asyncio.sleep(0)    # here too
    print("awaited:", await fetch(2))

asyncio.run(main())
print("finalizing:", sys.is_finalizing())
pending = fetch(3)
def helper():
    fetch(4)
    return "helper done"
print(helper())
x = fetch(5)
x = None
print("end")
