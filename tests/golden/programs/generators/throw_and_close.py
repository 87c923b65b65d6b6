# generator.throw() and close(): exceptions raised at the paused yield.
def worker(log):
    try:
        while True:
            item = yield
            log.append(item)
    finally:
        print("closing with", log)

log = []
g = worker(log)
next(g)
g.send("a")
g.send("b")
g.close()
g.close()

def counter():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            print("caught", e)
            n = 100
        n += 1

c = counter()
print(next(c), next(c))
print(c.throw(ValueError("reset")))
print(next(c))
try:
    c.throw(KeyError, )
except KeyError as e:
    print("escaped", repr(e))
print(next(c, "done"))

def unstarted():
    yield 1
u = unstarted()
u.close()
print(next(u, "closed"))
