# A sys.excepthook may end the program with its own status.
import sys


def hook(exc_type, exc, tb):
    print(f"error: {exc}", file=sys.stderr)
    sys.exit(3)


sys.excepthook = hook
{}["missing key"]
