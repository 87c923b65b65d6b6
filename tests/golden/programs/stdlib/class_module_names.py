# Classes of the standard library show the module CPython defines them in
# (type(e) in an error report, a class's repr), even where Strata's module
# is laid out differently.
import asyncio
import collections
import io
import json
import queue

try:
    json.loads('{"a": 1,}')
except ValueError as e:
    print(type(e), type(e).__module__, e)
for cls in (json.JSONEncoder, json.JSONDecoder, queue.Empty, io.StringIO, io.BytesIO):
    print(cls, cls.__module__, cls.__qualname__)
for cls in (collections.ChainMap, collections.UserDict, collections.UserList, collections.UserString):
    print(cls)
for name in ("CancelledError", "InvalidStateError", "Queue", "QueueEmpty", "Event", "Lock", "Semaphore",
             "Future", "Task", "TaskGroup", "TimeoutError"):
    print(name, getattr(asyncio, name))


async def main():
    q = asyncio.Queue()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("caught", type(e))
    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError as e:
        print("caught", type(e))


asyncio.run(main())
print(repr(collections.ChainMap({"a": 1})), collections.UserList([1]))
