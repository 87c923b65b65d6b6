# Stacked decorators: timing-free call logging, retry, and argument checking.
calls = []


def logged(fn):
    def wrapper(*args, **kwargs):
        parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
        calls.append(f"{fn.__name__}({', '.join(parts)})")
        return fn(*args, **kwargs)
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper


def retry(times):
    def decorate(fn):
        def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except ConnectionError as e:
                    last = e
                    print(f"  attempt {attempt} failed: {e}")
            raise RuntimeError(f"gave up after {times} attempts") from last
        wrapper.__name__ = fn.__name__
        return wrapper
    return decorate


def typed(*types):
    def decorate(fn):
        def wrapper(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError(f"{fn.__name__}: expected {t.__name__}, got {type(a).__name__}")
            return fn(*args)
        return wrapper
    return decorate


flaky_state = {"n": 0}


@logged
@retry(3)
def fetch(url, fail_times=0):
    """Pretend to fetch a URL."""
    flaky_state["n"] += 1
    if flaky_state["n"] <= fail_times:
        raise ConnectionError(f"timeout #{flaky_state['n']}")
    return f"<{url}>"


@typed(int, int)
def add(a, b):
    return a + b


print(fetch("a.com"))
flaky_state["n"] = 0
print(fetch("b.com", fail_times=2))
flaky_state["n"] = 0
try:
    fetch("c.com", fail_times=5)
except RuntimeError as e:
    print(e, "<-", repr(e.__cause__))
print(calls)
print(fetch.__name__, fetch.__doc__)
print(add(2, 3))
try:
    add(2, "3")
except TypeError as e:
    print(e)
