"""_anext: what anext(iterator, default) returns, in Python.

CPython's is a C object (anext_awaitable in Objects/iterobject.c); a
coroutine that awaits the step and turns the end of the iteration into the
default behaves the same when awaited.
"""


async def awaiting(step, default):
    try:
        return await step
    except StopAsyncIteration:
        return default
