"""_thread for a PVM with one thread.

Strata runs Python code on a single thread, so a lock is never contended:
acquiring a free lock takes it, and acquiring a held one without a timeout
would wait forever, which CPython reports as a deadlock only for RLocks; we
raise RuntimeError instead of hanging. Starting a thread is not possible.
"""

TIMEOUT_MAX = 9223372036.0
error = RuntimeError


def get_ident():
    return 1


def get_native_id():
    return 1


def _count():
    return 0


def start_new_thread(function, args, kwargs=None):
    raise RuntimeError("can't start new thread")


class LockType:
    """A lock, which only this (the only) thread can hold."""

    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        if not self._locked:
            self._locked = True
            return True
        if blocking and timeout < 0:
            raise RuntimeError('deadlock: the only thread waits for a lock it holds')
        return False

    def release(self):
        if not self._locked:
            raise RuntimeError('release unlocked lock')
        self._locked = False

    def locked(self):
        return self._locked

    __enter__ = acquire

    def __exit__(self, *exc):
        self.release()

    def _at_fork_reinit(self):
        self._locked = False

    def __repr__(self):
        state = 'locked' if self._locked else 'unlocked'
        return f'<{state} _thread.lock object>'


def allocate_lock():
    return LockType()


class RLock:
    """A reentrant lock: the one thread may take it again."""

    def __init__(self):
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        self._count += 1
        return True

    def release(self):
        if not self._count:
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1

    __enter__ = acquire

    def __exit__(self, *exc):
        self.release()

    def _is_owned(self):
        return self._count > 0

    def _at_fork_reinit(self):
        self._count = 0


class _local:
    """Thread-local data: with one thread, plain attributes."""
