# Errors nobody can catch (a __del__ that raises, a generator whose
# cleanup raises as it is abandoned) go to sys.unraisablehook; the
# traceback it gets is the failing frame's alone, not where the object
# was let go.
import gc
import sys
import traceback


def hook(unraisable):
    print("unraisable", unraisable.exc_type.__name__, unraisable.exc_value, unraisable.err_msg)
    print("  from a", type(unraisable.object).__name__)
    for line in traceback.format_tb(unraisable.exc_traceback):
        print("  " + line.strip().splitlines()[0])


sys.unraisablehook = hook


class TempFile:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        raise OSError(f"cannot remove {self.name}")


def lines():
    try:
        yield "first"
        yield "second"
    finally:
        raise KeyError("cleanup failed")


def read_one():
    it = lines()
    print(next(it))
    it = None
    print("read_one done")


t = TempFile("scratch.tmp")
del t
gc.collect()
read_one()
gc.collect()
print(sys.__unraisablehook__ is not sys.unraisablehook)
sys.unraisablehook = sys.__unraisablehook__
print("done")
