# Abandoned generators are closed: their finally blocks and with-exits run.
class Opened:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False


def lines(name):
    with Opened(name):
        for i in range(10):
            yield f"{name}:{i}"


def numbers():
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print("numbers closed at", n)


for line in lines("log"):
    if line.endswith("2"):
        break
print("loop left")

for n in numbers():
    if n == 3:
        break
print("after numbers")


def first(iterable):
    for item in iterable:
        return item


print("first:", first(numbers()))

gen = numbers()
next(gen)
gen = None
print("rebound")


def stubborn():
    try:
        yield 1
    finally:
        yield 2


import io
import re
import sys

sys.stderr = io.StringIO()
s = stubborn()
next(s)
del s
report, sys.stderr = sys.stderr.getvalue(), sys.__stderr__
print(re.sub(r"0x[0-9a-f]+", "0x...", report))
print("stubborn dropped")

pending = lines("at-exit")
next(pending)
print("end")
