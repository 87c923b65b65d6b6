from contextlib import contextmanager, suppress, ExitStack, nullcontext, closing
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("b") as t:
    print("inside", t)
try:
    with tag("i"):
        raise ValueError("oops")
except ValueError as e:
    print("caught", e)
with suppress(KeyError):
    {}["x"]
print("after suppress")
@contextmanager
def swallow():
    try:
        yield
    except ZeroDivisionError:
        print("swallowed")
with swallow():
    1 / 0
with ExitStack() as stack:
    for n in "xyz":
        stack.enter_context(tag(n))
    stack.callback(print, "callback")
with nullcontext(5) as v:
    print(v)
class R:
    def close(self): print("closed")
with closing(R()):
    pass
@tag("deco")
def f(): print("f runs")
f()
