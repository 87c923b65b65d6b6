# A sys.excepthook that fails itself: CPython reports both exceptions.
import sys


def hook(exc_type, exc, tb):
    raise RuntimeError(f"hook broke while reporting {exc_type.__name__}")


sys.excepthook = hook
print("dividing")
1 / 0
