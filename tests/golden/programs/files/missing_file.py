try:
    open("does_not_exist.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror, e.filename)
try:
    open("x.txt", "q")
except ValueError as e:
    print("ValueError:", e)
with open("data.txt", "w") as f:
    pass
with open("data.txt") as f:
    print(repr(f.read()))
f = open("data.txt")
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
print(f.closed)
open("nope/inner.txt")
