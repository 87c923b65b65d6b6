# A CLI's own sys.excepthook: called for the exception nothing caught,
# it logs a line and hands over to the default (sys.__excepthook__), which
# a program may also call itself.
import sys
import traceback


def load_config(path):
    raise FileNotFoundError(2, "No such file or directory", path)


def hook(exc_type, exc, tb):
    frames = [f.name for f in traceback.extract_tb(tb)]
    print(f"fatal: {exc_type.__name__}: {exc} (in {' <- '.join(reversed(frames))})", file=sys.stderr)
    sys.__excepthook__(exc_type, exc, tb)
    print("exit status follows", file=sys.stderr)


try:
    int("x")
except ValueError:
    sys.excepthook(*sys.exc_info())
sys.excepthook = hook
print(sys.excepthook is hook, sys.__excepthook__ is not hook)
load_config("settings.ini")
