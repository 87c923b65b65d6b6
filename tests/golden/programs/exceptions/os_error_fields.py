# OSError's fields as CPython takes them apart: args keep errno and
# strerror only when a filename is given, str() reads the fields (set
# late too), errno picks the subclass, subclasses pass them up.
e = OSError(2, "No such file", "a.txt")
print(e.args, e.errno, e.strerror, e.filename, str(e), repr(e), type(e).__name__)
e2 = FileNotFoundError(2, "nf", "b", None, "c")
print(e2.args, e2.filename2, str(e2))
print(OSError("just msg").args, OSError("a", "b").args, str(OSError(1, 2, 3, 4)))
try:
    open("/nonexistent-dir/x")
except OSError as err:
    print(err.args, err.errno, type(err).__name__)
print(type(OSError(2, "x")).__name__, type(OSError(13, "x")).__name__, type(OSError(17, "x")).__name__)
class AppError(OSError):
    pass
a = AppError(13, "denied", "/etc/shadow")
print(a.args, str(a), repr(a), a.filename, type(a).__name__)
b = OSError(None, "weird")
print(str(b), b.errno, OSError(2, "x", None).args, str(OSError(2, "x", None)), OSError(2, "x", None, None, "y").filename2)
c = OSError(2, "gone")
c.filename = "late.txt"
print(str(c), c.args)
import errno
try:
    raise FileNotFoundError(errno.ENOENT, "No such file or directory", "data.csv")
except OSError as e:
    print(f"{e!r} | {e} | {e.args} | {e.errno == errno.ENOENT}")
class Custom(OSError):
    def __init__(self, path):
        super().__init__(errno.EACCES, "Access denied", path)
        self.path = path
x = Custom("/root")
print(x.args, str(x), x.path, x.filename)
