import sys
class Sleep:
    def __init__(self, n): self.n = n
    def __await__(self):
        yield ("sleep", self.n)
        return self.n * 10

async def child(n):
    r = await Sleep(n)
    return r + 1

async def ticker(n):
    for i in range(n):
        await Sleep(i)
        yield i

class Res:
    async def __aenter__(self):
        print("enter")
        return self
    async def __aexit__(self, *exc):
        print("exit", exc[0])
        return False

async def main():
    a = await child(2)
    out = []
    async for t in ticker(3):
        out.append(t)
    async with Res() as r:
        out.append(type(r).__name__)
    vals = [x async for x in ticker(2)]
    return a, out, vals

def run(coro):
    steps = 0
    try:
        while True:
            req = coro.send(None)
            steps += 1
    except StopIteration as e:
        return e.value, steps

print(run(main()))
c = child(1)
print(type(c).__name__, repr(c)[:27])
c.close()
async def boom():
    raise ValueError("x")
try:
    run(boom())
except ValueError as e:
    print("caught", e)
c = child(1)
try:
    iter(c)
except TypeError as e:
    print(e)
c.close()
