# A traceback keeps its frames alive: their locals can be read after the
# functions returned (as post-mortem debuggers and test runners do).
import sys


def divide(total, parts):
    share = total / parts
    return share


def average(values):
    count = len(values)
    total = sum(values)
    return divide(total, count)


try:
    average([])
except ZeroDivisionError as e:
    tb = e.__traceback__
    frames = []
    while tb is not None:
        frames.append(tb.tb_frame)
        tb = tb.tb_next

for frame in frames[1:]:
    print(frame.f_code.co_name, sorted(frame.f_locals.items()))

# f_back links the unwound frames to their callers.
inner = frames[-1]
print(inner.f_back.f_code.co_name, inner.f_back is frames[-2])
print(inner.f_back.f_back.f_code.co_name)
print(inner.f_globals is globals(), inner.f_builtins["len"] is len)


# Closures: cell and free variables appear in f_locals too.
def make_counter(start):
    count = start

    def bump(step):
        nonlocal count
        count += step
        if count > 3:
            raise OverflowError(f"count {count}")
        return count

    return bump


bump = make_counter(2)
try:
    bump(5)
except OverflowError as e:
    frame = e.__traceback__.tb_next.tb_frame
    print(frame.f_code.co_name, sorted(frame.f_locals.items()))


# A frame left through `finally` keeps the locals it had when it left.
def with_cleanup(items):
    done = []
    try:
        for item in items:
            done.append(10 // item)
    finally:
        state = "cleaned"


try:
    with_cleanup([5, 2, 0, 1])
except ZeroDivisionError as e:
    frame = e.__traceback__.tb_next.tb_frame
    print(sorted(frame.f_locals.items()))


# Handling and re-raising in between keeps the inner frame's variables.
def lookup(table, key):
    found = None
    try:
        found = table[key]
    except KeyError:
        note = "missing " + key
        raise
    return found


def lookup_all(table, keys):
    results = []
    for key in keys:
        results.append(lookup(table, key))
    return results


try:
    lookup_all({"a": 1}, ["a", "b"])
except KeyError as e:
    tb = e.__traceback__.tb_next
    print(tb.tb_frame.f_code.co_name, sorted(tb.tb_frame.f_locals.items()))
    tb = tb.tb_next
    print(tb.tb_frame.f_code.co_name, sorted(tb.tb_frame.f_locals.items()))


# Generators: the generator's frame is in the traceback while it runs.
def numbers(limit):
    n = 0
    while True:
        if n >= limit:
            raise StopIteration("not like this")
        yield n
        n += 1


try:
    for value in numbers(2):
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
    context = e.__context__
    frame = context.__traceback__.tb_frame
    print(frame.f_code.co_name, sorted(frame.f_locals.items()))


# The handling frame is still running: its frame object shows it live.
def handler():
    marker = 1
    try:
        raise ValueError("v")
    except ValueError as e:
        frame = e.__traceback__.tb_frame
        marker = 2
        print(frame is sys._getframe(), frame.f_locals["marker"])
        del e


handler()


# A class body that raises: its namespace so far is its frame's f_locals.
try:
    class Settings:
        retries = 3
        timeout = retries * 10
        raise LookupError("no backend")
except LookupError as e:
    frame = e.__traceback__.tb_next.tb_frame
    print(frame.f_code.co_name, sorted(k for k in frame.f_locals if not k.startswith("__")))
