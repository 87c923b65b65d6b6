# close() and throw() on a generator suspended in `yield from`: the delegate
# is closed (or thrown into) first, and its cleanup runs Python code that
# allocates and loops (so a collection may run there) while the exception
# meant for the outer generator waits. Run under GC stress by the tests.


class Resource:
    def __init__(self, name):
        self.name = name


def busy_cleanup(log):
    junk = []
    for i in range(2000):
        junk.append(Resource(str(i)))
    log.append(len(junk))


def inner(log):
    try:
        yield "inner working"
        yield "inner still working"
    finally:
        busy_cleanup(log)


def outer(log):
    try:
        yield from inner(log)
    except KeyError as e:
        log.append(("outer caught", repr(e)))
        yield "outer recovered"
    finally:
        log.append("outer finally")


for round_ in range(3):
    log = []
    g = outer(log)
    print(next(g))
    g.close()
    print("closed", log)

    log = []
    g = outer(log)
    print(next(g))
    print(g.throw(KeyError(f"k{round_}")))
    print("thrown", log)


class Handler:
    def __iter__(self):
        return self

    def __next__(self):
        return "handler item"

    def close(self):
        busy_cleanup([])
        print("Handler.close")

    def throw(self, exc):
        busy_cleanup([])
        raise exc


def via_object():
    try:
        yield from Handler()
    except ValueError as e:
        yield f"via_object caught {e!r}"


g = via_object()
print(next(g))
print(g.throw(ValueError("v")))
g = via_object()
next(g)
g.close()
print("done")
