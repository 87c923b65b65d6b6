"""Strata's unittest.signals: Strata installs no SIGINT handler, so
-c/--catch (catchbreak) changes nothing: Ctrl-C stops the run with
KeyboardInterrupt. (CPython's lets the running test finish first.)"""

__unittest = True


def registerResult(result):
    pass


def removeResult(result):
    return False


def installHandler():
    pass


def removeHandler(method=None):
    return method
