# An uncaught KeyboardInterrupt prints its traceback, runs the `finally`
# blocks and atexit handlers on the way out, and ends the program as SIGINT
# would (status 130).
import atexit

atexit.register(lambda: print("atexit handler"))


def interrupted(depth):
    if depth == 0:
        raise KeyboardInterrupt("stopped")
    interrupted(depth - 1)


try:
    raise KeyboardInterrupt
except KeyboardInterrupt as e:
    print("caught", type(e).__name__, isinstance(e, Exception), isinstance(e, BaseException))

try:
    interrupted(2)
finally:
    print("finally ran")
print("not reached")
