"""atexit: functions to run when the program ends.

The interpreter calls _run_exitfuncs() after the main program has finished
(normally, by an uncaught exception, or by SystemExit) when this module has
been imported; os._exit skips them, as in CPython.
"""

_exithandlers = []


def register(func, /, *args, **kwargs):
    _exithandlers.append((func, args, kwargs))
    return func


def unregister(func, /):
    _exithandlers[:] = [h for h in _exithandlers if h[0] != func]


def _clear():
    _exithandlers.clear()


def _ncallbacks():
    return len(_exithandlers)


def _run_exitfuncs():
    """Runs the handlers, last registered first; an exception is reported
    as CPython reports it and does not stop the others."""
    import sys
    while _exithandlers:
        func, args, kwargs = _exithandlers.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as exc:
            import traceback
            print(f"Exception ignored in atexit callback: {func!r}", file=sys.stderr)
            traceback.print_exception(type(exc), exc, exc.__traceback__, file=sys.stderr)
