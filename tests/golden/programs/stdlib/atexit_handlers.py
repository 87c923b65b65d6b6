# Clean-up at exit: handlers run last-registered first, after the program's
# own output, with their arguments; unregistered ones do not run.
import atexit


def goodbye(name, punctuation="!"):
    print(f"goodbye, {name}{punctuation}")


def never():
    print("never printed")


atexit.register(goodbye, "world")
atexit.register(goodbye, "again", punctuation="?")
atexit.register(never)
atexit.unregister(never)


@atexit.register
def flush_report():
    print("flushing the report")


print("main program done")
