# Objects in a reference cycle wait for the cycle collector.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __del__(self):
        print("finalizing", self.name)


a = Node("a")
b = Node("b")
a.peer = b
b.peer = a
del a, b
print("cycle unreachable, not yet collected")
gc.collect()
print("after gc.collect()")

solo = Node("solo")
solo.peer = solo
del solo
print("self-cycle dropped")
gc.collect()
print("done")


class Phoenix:
    saved = []

    def __del__(self):
        print("resurrected once")
        Phoenix.saved.append(self)


p = Phoenix()
del p
print(len(Phoenix.saved))
Phoenix.saved.clear()
gc.collect()
print("a finalizer runs only once")
