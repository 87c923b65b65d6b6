# An exception re-raised elsewhere with its old traceback: the uncaught
# report shows the new frames, then the old ones.
import sys


def fetch(url):
    raise ConnectionError(f"cannot reach {url}")


def try_fetch(url):
    try:
        fetch(url)
    except ConnectionError:
        return sys.exc_info()


def retry(info):
    kind, error, tb = info
    print("retrying after", kind.__name__, error)
    raise error.with_traceback(tb)


info = try_fetch("example.org")
try:
    retry(info)
except ConnectionError as e:
    names = []
    tb = e.__traceback__
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)

retry(try_fetch("example.com"))
