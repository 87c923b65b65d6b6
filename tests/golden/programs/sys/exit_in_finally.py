# SystemExit passes through finally blocks and can be caught and inspected.
import sys


def main():
    try:
        print("working")
        sys.exit(2)
    finally:
        print("cleanup runs")


try:
    main()
except SystemExit as e:
    print("caught SystemExit with code", e.code, repr(e))
try:
    sys.exit("fatal: config missing")
except SystemExit as e:
    print("message exit:", e.code)
try:
    raise SystemExit
except SystemExit as e:
    print("bare:", e.code)
print("isinstance Exception:", isinstance(SystemExit(), Exception), issubclass(SystemExit, BaseException))
try:
    main()
except Exception:
    print("never: SystemExit is not an Exception")
finally:
    print("outer finally")
