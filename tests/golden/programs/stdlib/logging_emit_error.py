# A record that cannot be formatted: logging reports it on sys.stderr
# ("--- Logging error ---", the call stack out of logging, the message and
# its arguments) and the program goes on.
import io
import logging
import sys

logging.basicConfig(format="%(levelname)s:%(message)s", stream=sys.stdout)
log = logging.getLogger("app")


def work(n):
    log.warning("processing %d items", n)


captured = io.StringIO()
sys.stderr = captured
work("three")
sys.stderr = sys.__stderr__
report = captured.getvalue().splitlines()
start = report.index("Call stack:")
print(report[0], report[start - 1], *report[start:], sep="\n")
work(3)
print("continues")
