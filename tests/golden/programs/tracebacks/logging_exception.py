# logging.exception and exc_info: the record carries the traceback.
import logging
import sys

logging.basicConfig(format="%(levelname)s:%(name)s:%(funcName)s:%(lineno)d: %(message)s")
log = logging.getLogger("orders")


def parse_quantity(text):
    return int(text)


def place_order(item, quantity):
    try:
        count = parse_quantity(quantity)
    except ValueError:
        log.exception("bad quantity for %s", item)
        return None
    return (item, count)


print(place_order("apple", "3"))
print(place_order("pear", "three"))


def audit():
    try:
        {"a": 1}["b"]
    except KeyError as e:
        log.error("audit failed", exc_info=e)
        log.warning("again, as a tuple", exc_info=sys.exc_info())
        log.info("not shown")


audit()

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("%(funcName)s %(lineno)d %(message)s"))
log.addHandler(out)
log.propagate = False


def stacked():
    log.warning("where am I", stack_info=True)


stacked()
try:
    1 / 0
except ZeroDivisionError:
    logging.getLogger("orders").critical("fatal", exc_info=True)
