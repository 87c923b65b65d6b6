# The errors a first course meets, each caught and printed, then one left
# uncaught inside nested calls spread over several lines.
def show(thunk):
    try:
        thunk()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")

def add(x, y):
    return x + y

class Pet:
    def __init__(self, name, kind):
        self.name = name

show(lambda: add(1))
show(lambda: add(1, 2, 3))
show(lambda: add(1, y=2, z=3))
show(lambda: Pet("Rex"))
show(lambda: Pet.__init__())
show(lambda: "age: " + 5)
show(lambda: 5 + "5")
show(lambda: [1, 2] * 2.0)
show(lambda: [1, 2, 3][3])
show(lambda: "abc"[10])
show(lambda: "abc"["1"])
show(lambda: {"a": 1}["b"])
show(lambda: 10 / 0)
show(lambda: 10 % 0)
show(lambda: 10.0 // 0)
show(lambda: int("twelve"))
show(lambda: int("3.5"))
show(lambda: float("1,5"))
show(lambda: int(None))
show(lambda: len(42))
show(lambda: None.upper())
show(lambda: (1, 2).append(3))
show(lambda: "text"())
show(lambda: [1, 2, "3"].sort())
show(lambda: sum(["a", "b"]))
show(lambda: max([]))
show(lambda: next(iter([])))
show(lambda: [].pop())
show(lambda: {}.popitem())
show(lambda: [1].remove(2))
show(lambda: "abc".index("z"))
show(lambda: list(range(3)).index(7))
show(lambda: dict([(1, 2, 3)]))
show(lambda: {[1]: 2})
show(lambda: set([[1]]))
show(lambda: "x" * "y")
show(lambda: -"x")
show(lambda: 2 ** "x")
show(lambda: abs("x"))
show(lambda: round("2.5"))
show(lambda: chr(-1))
show(lambda: ord("ab"))
show(lambda: "{} {}".format(1))
show(lambda: "{0} {2}".format(1, 2))
show(lambda: "%d" % "x")
show(lambda: f"{3.5:d}")
show(lambda: int("10", 1))
show(lambda: range(1.5))
show(lambda: [1, 2, 3][1.0])
show(lambda: (lambda a, *, b: a)(1, 2))
show(lambda: __import__("no_such_module_here"))

def unbound():
    total = total + 1
show(unbound)

def average(values):
    return sum(values) / len(values)

def report(groups):
    return {
        name: average(
            members
        )
        for name, members in groups.items()
    }

print(report({"a": [1, 2], "b": [3]}))
print(report({"a": [1, 2], "empty": []}))
