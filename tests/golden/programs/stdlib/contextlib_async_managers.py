import contextlib
from contextlib import contextmanager, ExitStack, suppress, closing, nullcontext, redirect_stdout
import io


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print(f"open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        print(f"close {self.name} exc={exc_type.__name__ if exc_type else None}")
        return exc_type is KeyError

    def close(self):
        print(f"closing() {self.name}")


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print(f"caught {e!r} in {name}")
    finally:
        print(f"</{name}>")


with tag("b") as t:
    print("inside", t)
with tag("i"):
    raise ValueError("oops")
with Resource("r1") as r, Resource("r2"):
    print("using", r.name)
with Resource("r3"):
    raise KeyError("swallowed")
try:
    with Resource("r4"):
        raise IndexError("propagates")
except IndexError as e:
    print("outer caught", repr(e))
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("after suppress")
with ExitStack() as stack:
    rs = [stack.enter_context(Resource(f"s{i}")) for i in range(3)]
    stack.callback(print, "callback ran")
    print("stack has", len(rs))
with ExitStack() as stack:
    stack.enter_context(Resource("x"))
    later = stack.pop_all()
print("popped")
later.close()
with closing(Resource("c")):
    pass
with nullcontext(42) as v:
    print("null", v)
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured!")
print(repr(buf.getvalue()))


@contextmanager
def bad():
    yield 1
    yield 2


try:
    with bad():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def noyield():
    if False:
        yield


try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


class Timer(contextlib.ContextDecorator):
    def __enter__(self):
        print("start")
        return self

    def __exit__(self, *exc):
        print("stop")
        return False


@Timer()
def work(n):
    print("working", n)
    return n * 2


print(work(5))
try:
    with tag("t"):
        raise TypeError("not handled")
except TypeError as e:
    print("propagated", e)
with contextlib.suppress():
    print("empty suppress")


class Acm:
    async def __aenter__(self):
        print("aenter")
        return "A"

    async def __aexit__(self, *a):
        print("aexit", a[0])


import asyncio


async def main():
    async with Acm() as a:
        print("in", a)

    @contextlib.asynccontextmanager
    async def actx():
        print("setup")
        yield 7
        print("teardown")

    async with actx() as v:
        print("v", v)

asyncio.run(main())


async def main2():
    @contextlib.asynccontextmanager
    async def guarded(n):
        print("enter", n)
        try:
            yield n * 2
        except KeyError as e:
            print("handled", repr(e))
        finally:
            print("exit", n)

    async with guarded(1) as a:
        print("a", a)
    async with guarded(2):
        raise KeyError("k")
    try:
        async with guarded(3):
            raise ValueError("v")
    except ValueError as e:
        print("outer", e)

    async def agen():
        try:
            yield 1
            yield 2
        finally:
            print("agen closed")

    async with contextlib.aclosing(agen()) as g:
        async for v in g:
            print("item", v)
            break

asyncio.run(main2())
