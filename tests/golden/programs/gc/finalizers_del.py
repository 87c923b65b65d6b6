# __del__ runs when the last reference goes: del, rebinding, scope exit.
class Resource:
    def __init__(self, name):
        self.name = name
        print(f"open {name}")

    def __del__(self):
        print(f"close {self.name}")


r = Resource("a")
del r
print("after del")

r = Resource("b")
r = Resource("c")
print("after rebind")


def work():
    tmp = Resource("local")
    print("working with", tmp.name)
    return 42


print("result", work())

pool = [Resource(f"p{i}") for i in range(3)]
pool = None
print("pool dropped")

Resource("temporary")
print("temporary gone")


class Base:
    def __del__(self):
        print("Base.__del__ of", type(self).__name__)


class Derived(Base):
    pass


d = Derived()
del d


class Broken:
    def __del__(self):
        raise ValueError("cannot close")


# The error cannot propagate: it is reported on sys.stderr, and the program goes on.
import io
import re
import sys

sys.stderr = io.StringIO()
b = Broken()
del b
report, sys.stderr = sys.stderr.getvalue(), sys.__stderr__
print(re.sub(r"0x[0-9a-f]+", "0x...", report))
print("still running")


# An empty message still gets its colon, and the error it was handling is not shown.
class Quiet:
    def __del__(self):
        try:
            {}["missing"]
        except KeyError:
            raise RuntimeError


sys.stderr = io.StringIO()
q = Quiet()
del q
report, sys.stderr = sys.stderr.getvalue(), sys.__stderr__
print(re.sub(r"0x[0-9a-f]+", "0x...", report))

keep = Resource("kept until exit")
print("end of program")
