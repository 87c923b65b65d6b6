"""Strata's asyncio: the basics programs start with, in one module.

An event loop runs callbacks that are ready, in order, and sleeps (through
the OS layer's clock, `time.sleep`) until the next timer when nothing is
ready. A Task drives a coroutine with `send()`: the coroutine awaits a
Future by yielding it (`Future.__await__`), and the task resumes when the
future is done. This is the design of CPython's `asyncio` (base_events.py,
futures.py, tasks.py, queues.py, locks.py), written small: one loop class, no
selectors, no threads, no subprocesses, no networking.
"""

import time as _time

__all__ = (
    "CancelledError", "InvalidStateError", "TimeoutError", "QueueEmpty", "QueueFull",
    "Future", "Task", "AbstractEventLoop", "BaseEventLoop",
    "run", "sleep", "to_thread", "create_task", "gather", "wait_for", "wait", "as_completed", "shield",
    "get_event_loop", "get_running_loop", "new_event_loop", "set_event_loop",
    "current_task", "all_tasks", "iscoroutine", "iscoroutinefunction", "ensure_future",
    "TaskGroup", "Timeout", "timeout", "timeout_at",
    "Queue", "LifoQueue", "PriorityQueue", "Event", "Lock", "Semaphore", "BoundedSemaphore", "Condition",
    "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED",
)

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"


class CancelledError(BaseException):
    """The operation was cancelled."""


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""


TimeoutError = TimeoutError


class QueueEmpty(Exception):
    """Raised by Queue.get_nowait() on an empty queue."""


class QueueFull(Exception):
    """Raised by Queue.put_nowait() on a full queue."""


_PENDING = "PENDING"
_CANCELLED = "CANCELLED"
_FINISHED = "FINISHED"


def _heappush(heap, item):
    heap.append(item)
    i = len(heap) - 1
    while i > 0:
        parent = (i - 1) // 2
        if heap[i] < heap[parent]:
            heap[i], heap[parent] = heap[parent], heap[i]
            i = parent
        else:
            break


def _heappop(heap):
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    heap[0] = last
    i, n = 0, len(heap)
    while True:
        child = 2 * i + 1
        if child >= n:
            break
        if child + 1 < n and heap[child + 1] < heap[child]:
            child += 1
        if heap[child] < heap[i]:
            heap[i], heap[child] = heap[child], heap[i]
            i = child
        else:
            break
    return top


class Future:
    """A result that will be set later; awaiting it suspends until then."""

    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = loop if loop is not None else get_event_loop()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None
        self._cancelled_exc = None

    def __repr__(self):
        return f"<{type(self).__name__} {' '.join(self._repr_info())}>"

    def _repr_info(self):
        # CPython's _future_repr_info, without the callbacks.
        info = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append(f"exception={self._exception!r}")
            else:
                import reprlib
                info.append(f"result={reprlib.repr(self._result)}")
        return info

    def get_loop(self):
        return self._loop

    def done(self):
        return self._state != _PENDING

    def cancelled(self):
        return self._state == _CANCELLED

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _make_cancelled_error(self):
        # The CancelledError the coroutine raised (a task's), or one with
        # the message cancel() was given.
        if self._cancelled_exc is not None:
            exc, self._cancelled_exc = self._cancelled_exc, None
            return exc
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError("Result is not ready.")
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError("Exception is not set.")
        return self._exception

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError(f"{self._state}: {self!r}")
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError(f"{self._state}: {self!r}")
        if isinstance(exception, type):
            exception = exception()
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()

    def add_done_callback(self, fn):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        before = len(self._callbacks)
        self._callbacks = [f for f in self._callbacks if f != fn]
        return before - len(self._callbacks)

    def _schedule_callbacks(self):
        callbacks, self._callbacks = self._callbacks, []
        for fn in callbacks:
            self._loop.call_soon(fn, self)

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


class Task(Future):
    """Drives a coroutine on the loop, one step per callback."""

    _counter = 0

    def __init__(self, coro, *, loop=None, name=None):
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            raise TypeError(f"a coroutine was expected, got {coro!r}")
        Task._counter += 1
        self._coro = coro
        self._name = name if name is not None else f"Task-{Task._counter}"
        self._must_cancel = False
        self._waiting_on = None
        self._num_cancels_requested = 0
        self._loop.call_soon(self._step)
        self._loop._tasks.append(self)

    def _repr_info(self):
        info = super()._repr_info()
        info.insert(1, f"name={self._name!r}")
        return info

    def get_name(self):
        return self._name

    def set_name(self, name):
        self._name = str(name)

    def get_coro(self):
        return self._coro

    def cancel(self, msg=None):
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._waiting_on is not None and self._waiting_on.cancel(msg):
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _step(self, exc=None):
        if self.done():
            return
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = CancelledError()
            self._must_cancel = False
        self._waiting_on = None
        previous = self._loop._current
        self._loop._current = self
        try:
            if exc is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as stop:
            super().set_result(stop.value)
        except CancelledError as exc:
            self._cancelled_exc = exc
            super().cancel()
        except (KeyboardInterrupt, SystemExit) as error:
            super().set_exception(error)
            raise
        except BaseException as error:
            super().set_exception(error)
        else:
            if isinstance(result, Future):
                result._asyncio_future_blocking = False
                if result is self:
                    self._loop.call_soon(self._step, RuntimeError(f"Task cannot await on itself: {self!r}"))
                else:
                    self._waiting_on = result
                    result.add_done_callback(self._wakeup)
                    if self._must_cancel and result.cancel():
                        self._must_cancel = False
            elif result is None:
                self._loop.call_soon(self._step)
            else:
                error = RuntimeError(f"Task got bad yield: {result!r}")
                self._loop.call_soon(self._step, error)
        finally:
            self._loop._current = previous

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as error:
            self._step(error)
        else:
            self._step()


class _Handle:
    __slots__ = ("callback", "args", "cancelled")

    def __init__(self, callback, args):
        self.callback = callback
        self.args = args
        self.cancelled = False

    def cancel(self):
        self.cancelled = True


class _TimerHandle(_Handle):
    __slots__ = ("when", "seq")

    def __init__(self, when, seq, callback, args):
        super().__init__(callback, args)
        self.when = when
        self.seq = seq

    def __lt__(self, other):
        return (self.when, self.seq) < (other.when, other.seq)

    def __eq__(self, other):
        return self is other

    __hash__ = object.__hash__


class BaseEventLoop:
    """Ready callbacks in order, timers on a heap, sleeping in between."""

    def __init__(self):
        self._ready = []
        self._timers = []
        self._seq = 0
        self._running = False
        self._closed = False
        self._current = None
        self._tasks = []
        self._exception = None

    def time(self):
        return _time.monotonic()

    def call_soon(self, callback, *args, context=None):
        handle = _Handle(callback, args)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        self._seq += 1
        handle = _TimerHandle(when, self._seq, callback, args)
        _heappush(self._timers, handle)
        return handle

    def create_future(self):
        return Future(loop=self)

    def run_in_executor(self, executor, func, *args):
        # One thread: the call runs now, to its end (as concurrent.futures'
        # executors run it), and the future carries its outcome.
        future = self.create_future()
        try:
            result = func(*args) if executor is None else executor.submit(func, *args).result()
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            future.set_exception(exc)
        else:
            future.set_result(result)
        return future

    def create_task(self, coro, *, name=None, context=None):
        return Task(coro, loop=self, name=name)

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def stop(self):
        self._stopping = True

    # Timers due within the clock's resolution count as due (as CPython's
    # loop does): a sleep rounded down to the clock's nanoseconds must not
    # leave a timer a hair in the future forever.
    _clock_resolution = 1e-9

    def _run_once(self):
        if not self._ready and self._timers:
            delay = self._timers[0].when - self.time()
            if delay > 0:
                _time.sleep(delay)
        end_time = self.time() + self._clock_resolution
        while self._timers and self._timers[0].when <= end_time:
            self._ready.append(_heappop(self._timers))
        ready, self._ready = self._ready, []
        for handle in ready:
            if not handle.cancelled:
                handle.callback(*handle.args)

    def run_until_complete(self, future):
        if self._running:
            raise RuntimeError("This event loop is already running")
        if self._closed:
            raise RuntimeError("Event loop is closed")
        future = ensure_future(future, loop=self)
        global _running_loop
        previous = _running_loop
        _running_loop = self
        self._running = True
        try:
            while not future.done():
                if not self._ready and not self._timers:
                    raise RuntimeError("Event loop stopped before Future completed.")
                self._run_once()
        finally:
            self._running = False
            _running_loop = previous
        return future.result()

    def run_forever(self):
        self._stopping = False
        global _running_loop
        previous = _running_loop
        _running_loop = self
        self._running = True
        try:
            while not self._stopping and (self._ready or self._timers):
                self._run_once()
        finally:
            self._running = False
            _running_loop = previous


AbstractEventLoop = BaseEventLoop

_running_loop = None
_event_loop = None


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError("no running event loop")
    return _running_loop


def get_event_loop():
    global _event_loop
    if _running_loop is not None:
        return _running_loop
    if _event_loop is None or _event_loop.is_closed():
        _event_loop = BaseEventLoop()
    return _event_loop


def new_event_loop():
    return BaseEventLoop()


def set_event_loop(loop):
    global _event_loop
    _event_loop = loop


def current_task(loop=None):
    loop = loop if loop is not None else get_running_loop()
    return loop._current


def all_tasks(loop=None):
    loop = loop if loop is not None else get_running_loop()
    return {t for t in loop._tasks if not t.done()}


def iscoroutine(obj):
    return type(obj).__name__ == "coroutine"


# The marker by which objects that are not `async def` functions
# (unittest.mock's AsyncMock) say they are coroutine functions: CPython's
# asyncio.coroutines._is_coroutine.
_is_coroutine = object()


def iscoroutinefunction(func):
    code = getattr(func, "__code__", None)
    if code is not None and code.co_flags & 0x80:
        return True
    return getattr(func, "_is_coroutine", None) is _is_coroutine


def ensure_future(obj, *, loop=None):
    if isinstance(obj, Future):
        return obj
    if iscoroutine(obj):
        loop = loop if loop is not None else get_event_loop()
        return loop.create_task(obj)
    if hasattr(obj, "__await__"):
        return ensure_future(_wrap_awaitable(obj), loop=loop)
    raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")


async def _wrap_awaitable(awaitable):
    return await awaitable


def run(main, *, debug=None):
    """Runs coroutine `main` on a new event loop and returns its result."""
    if _running_loop is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    if not iscoroutine(main):
        raise ValueError(f"a coroutine was expected, got {main!r}")
    loop = new_event_loop()
    set_event_loop(loop)
    try:
        return loop.run_until_complete(main)
    finally:
        for task in [t for t in loop._tasks if not t.done()]:
            task.cancel()
        if any(not t.done() for t in loop._tasks):
            try:
                loop.run_until_complete(gather(*[t for t in loop._tasks if not t.done()], return_exceptions=True))
            except RuntimeError:
                pass
        loop.close()
        set_event_loop(None)


def create_task(coro, *, name=None, context=None):
    return get_running_loop().create_task(coro, name=name)


class _Yield:
    """A bare yield to the loop (`sleep(0)`)."""

    def __await__(self):
        yield


async def to_thread(func, /, *args, **kwargs):
    """func(*args, **kwargs), run now (a thread of its own cannot be had)."""
    loop = get_running_loop()
    return await loop.run_in_executor(None, lambda: func(*args, **kwargs))


async def sleep(delay, result=None):
    if delay <= 0:
        await _Yield()
        return result
    loop = get_running_loop()
    future = loop.create_future()
    handle = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        handle.cancel()


def _set_result_unless_cancelled(future, result):
    if not future.done():
        future.set_result(result)


def gather(*aws, return_exceptions=False):
    """A future of the results of `aws`, in order."""
    loop = get_event_loop()
    children = [ensure_future(a, loop=loop) for a in aws]
    outer = loop.create_future()
    if not children:
        outer.set_result([])
        return outer
    remaining = [len(children)]

    def child_done(child):
        remaining[0] -= 1
        if outer.done():
            return
        if not return_exceptions:
            if child.cancelled():
                outer.set_exception(CancelledError())
                return
            if child.exception() is not None:
                outer.set_exception(child.exception())
                return
        if remaining[0] == 0:
            results = []
            for c in children:
                if c.cancelled():
                    results.append(CancelledError())
                elif c.exception() is not None:
                    results.append(c.exception())
                else:
                    results.append(c.result())
            outer.set_result(results)

    for child in children:
        child.add_done_callback(child_done)
    return outer


async def wait_for(aw, timeout):
    """Awaits `aw`, cancelling it and raising TimeoutError after `timeout` seconds."""
    loop = get_running_loop()
    task = ensure_future(aw, loop=loop)
    if timeout is None:
        return await task
    waiter = loop.create_future()
    timer = loop.call_later(timeout, _set_result_unless_cancelled, waiter, False)
    task.add_done_callback(lambda _: _set_result_unless_cancelled(waiter, True))
    try:
        finished = await waiter
    finally:
        timer.cancel()
    if finished:
        return task.result()
    task.cancel()
    raise TimeoutError()


async def wait(aws, *, timeout=None, return_when=ALL_COMPLETED):
    loop = get_running_loop()
    tasks = {ensure_future(a, loop=loop) for a in aws}
    if not tasks:
        raise ValueError("Set of Tasks/Futures is empty.")
    waiter = loop.create_future()

    def check(_):
        done = [t for t in tasks if t.done()]
        if waiter.done():
            return
        if return_when == FIRST_COMPLETED and done:
            waiter.set_result(None)
        elif return_when == FIRST_EXCEPTION and any(not t.cancelled() and t.exception() for t in done):
            waiter.set_result(None)
        elif len(done) == len(tasks):
            waiter.set_result(None)

    for t in tasks:
        t.add_done_callback(check)
    timer = None
    if timeout is not None:
        timer = loop.call_later(timeout, _set_result_unless_cancelled, waiter, None)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
    done = {t for t in tasks if t.done()}
    return done, tasks - done


def as_completed(aws, *, timeout=None):
    loop = get_event_loop()
    todo = [ensure_future(a, loop=loop) for a in aws]
    done_queue = Queue()
    for t in todo:
        t.add_done_callback(done_queue.put_nowait)

    async def next_done():
        f = await done_queue.get()
        return f.result()

    return [next_done() for _ in todo]


def shield(aw):
    inner = ensure_future(aw)
    if inner.done():
        return inner
    outer = inner.get_loop().create_future()

    def copy(_):
        if outer.done():
            return
        if inner.cancelled():
            outer.cancel()
        elif inner.exception() is not None:
            outer.set_exception(inner.exception())
        else:
            outer.set_result(inner.result())

    inner.add_done_callback(copy)
    return outer


class TaskGroup:
    """Tasks started and awaited together by `async with` (CPython's
    taskgroups.py): the first failure cancels the others and the body, and
    every failure is raised together in an ExceptionGroup."""

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = []
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        return "<TaskGroup" + (" cancelling" if self._aborting else "") + (" entered" if self._entered else "") + ">"

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has been already entered")
        self._entered = True
        self._loop = get_running_loop()
        self._parent_task = current_task()
        if self._parent_task is None:
            raise RuntimeError(f"TaskGroup {self!r} cannot determine the parent task")
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        propagate_cancellation_error = None
        if et is not None:
            if et is CancelledError:
                if self._parent_cancel_requested and not self._parent_task.uncancel():
                    pass  # the group cancelled its parent itself: swallow it
                else:
                    propagate_cancellation_error = exc
            if not self._aborting:
                self._abort()
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except CancelledError as ex:
                if not self._aborting:
                    propagate_cancellation_error = ex
                    self._abort()
            self._on_completed_fut = None
        if self._base_error is not None:
            raise self._base_error
        # A cancellation propagates unless other errors take priority.
        if propagate_cancellation_error and not self._errors:
            raise propagate_cancellation_error
        if et is not None and et is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            try:
                raise BaseExceptionGroup("unhandled errors in a TaskGroup", self._errors) from None
            finally:
                self._errors = None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has not been entered")
        if self._exiting and not self._tasks:
            raise RuntimeError(f"TaskGroup {self!r} is finished")
        if self._aborting:
            raise RuntimeError(f"TaskGroup {self!r} is shutting down")
        task = self._loop.create_task(coro, name=name)
        self._tasks.append(task)
        task.add_done_callback(self._on_task_done)
        return task

    def _is_base_error(self, exc):
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        self._tasks.remove(task)
        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            return
        if not self._aborting and not self._parent_cancel_requested:
            # Cancel what the body awaits now; __aexit__ swallows that cancellation.
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()


class Timeout:
    """`async with timeout(delay)`: cancels the task when the deadline passes
    and turns that cancellation into TimeoutError (CPython's timeouts.py)."""

    def __init__(self, when):
        self._state = "created"
        self._timeout_handler = None
        self._task = None
        self._when = when
        self._cancelling = 0

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state != "entered":
            raise RuntimeError(f"Cannot change state of {self._state} Timeout")
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        else:
            loop = get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._state in ("expiring", "expired")

    def __repr__(self):
        when = f" when={self._when}" if self._state == "entered" else ""
        return f"<Timeout [{self._state}]{when}>"

    async def __aenter__(self):
        self._state = "entered"
        self._task = current_task()
        if self._task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._cancelling = self._task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state == "expiring":
            self._state = "expired"
            if self._task.uncancel() <= self._cancelling and exc_type is CancelledError:
                raise TimeoutError from exc_val
        elif self._state == "entered":
            self._state = "exited"
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = "expiring"
        self._timeout_handler = None


def timeout(delay):
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    return Timeout(when)


class Event:
    def __init__(self):
        self._waiters = []
        self._value = False

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Lock:
    def __init__(self):
        self._locked = False
        self._waiters = []

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and not self._waiters:
            self._locked = True
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
        finally:
            self._waiters.remove(fut)
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError("Lock is not acquired.")
        self._locked = False
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)
                break

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._value = value
        self._waiters = []

    def locked(self):
        return self._value == 0

    async def acquire(self):
        while self._value <= 0:
            fut = get_running_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        self._value -= 1
        return True

    def release(self):
        self._value += 1
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)
                break

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError("BoundedSemaphore released too many times")
        super().release()


class Condition:
    def __init__(self, lock=None):
        self._lock = lock if lock is not None else Lock()
        self._waiters = []

    def locked(self):
        return self._lock.locked()

    async def acquire(self):
        return await self._lock.acquire()

    def release(self):
        self._lock.release()

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        self.release()

    async def wait(self):
        self.release()
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
        finally:
            self._waiters.remove(fut)
            await self.acquire()
        return True

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        count = 0
        for fut in self._waiters:
            if count >= n:
                break
            if not fut.done():
                count += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Queue:
    """A FIFO queue for tasks: `put` waits while full, `get` while empty."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._items = []
        self._getters = []
        self._putters = []
        self._unfinished = 0
        self._finished = Event()
        self._finished.set()

    def __repr__(self):
        return f"<{type(self).__name__} maxsize={self._maxsize!r} qsize={self.qsize()}>"

    def _put(self, item):
        self._items.append(item)

    def _get(self):
        return self._items.pop(0)

    @property
    def maxsize(self):
        return self._maxsize

    def qsize(self):
        return len(self._items)

    def empty(self):
        return not self._items

    def full(self):
        return 0 < self._maxsize <= self.qsize()

    @staticmethod
    def _wake_next(waiters):
        while waiters:
            fut = waiters.pop(0)
            if not fut.done():
                fut.set_result(None)
                break

    async def put(self, item):
        while self.full():
            fut = get_running_loop().create_future()
            self._putters.append(fut)
            try:
                await fut
            except BaseException:
                fut.cancel()
                if fut in self._putters:
                    self._putters.remove(fut)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished += 1
        self._finished.clear()
        self._wake_next(self._getters)

    async def get(self):
        while self.empty():
            fut = get_running_loop().create_future()
            self._getters.append(fut)
            try:
                await fut
            except BaseException:
                fut.cancel()
                if fut in self._getters:
                    self._getters.remove(fut)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wake_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished -= 1
        if self._unfinished == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished > 0:
            await self._finished.wait()


class LifoQueue(Queue):
    def _get(self):
        return self._items.pop()


class PriorityQueue(Queue):
    def _put(self, item):
        _heappush(self._items, item)

    def _get(self):
        return _heappop(self._items)


# The modules CPython defines these classes in, which tracebacks and reprs name.
for _module, _names in (
    ("asyncio.exceptions", ("CancelledError", "InvalidStateError")),
    ("asyncio.queues", ("QueueEmpty", "QueueFull", "Queue", "LifoQueue", "PriorityQueue")),
    ("asyncio.locks", ("Event", "Lock", "Semaphore", "BoundedSemaphore", "Condition")),
    ("asyncio.taskgroups", ("TaskGroup",)),
    ("asyncio.timeouts", ("Timeout",)),
    ("asyncio.base_events", ("BaseEventLoop",)),
    ("_asyncio", ("Future", "Task")),
):
    for _name in _names:
        globals()[_name].__module__ = _module
del _module, _names, _name
