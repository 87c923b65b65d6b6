# File errors: missing files, bad modes, directories, and exclusive create.
try:
    open("does_not_exist.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror, e.filename)
try:
    open("x.txt", "rw")
except ValueError as e:
    print("ValueError:", e)
with open("new.txt", "x") as f:
    f.write("created once")
try:
    open("new.txt", "x")
except FileExistsError as e:
    print("FileExistsError:", e.strerror)
try:
    open(".")
except IsADirectoryError as e:
    print("IsADirectoryError:", e.strerror)
with open("new.txt") as f:
    try:
        f.write("nope")
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(open("new.txt").read())
print(isinstance(FileNotFoundError(), OSError), IOError is OSError)
