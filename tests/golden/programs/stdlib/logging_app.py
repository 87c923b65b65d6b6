# A small application's logging: basicConfig to stderr, named loggers and
# their levels, a stdout handler with its own format, a file handler, filters,
# extra fields, exceptions, and the shutdown that atexit runs.
import logging
import os
import sys

logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("shop")


def checkout(cart):
    log.debug("checkout %r", cart)  # below INFO: dropped
    total = sum(price for _, price in cart)
    log.info("checkout of %d items, total %.2f", len(cart), total)
    if total > 100:
        log.warning("large order: %s", total)
    return total


checkout([("pen", 2.5), ("book", 12.0)])
checkout([("laptop", 999.0)])

db = logging.getLogger("shop.db")
print(db.parent is log, db.getEffectiveLevel(), db.isEnabledFor(logging.DEBUG))
db.setLevel(logging.DEBUG)
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("[%(levelname)-8s] %(name)s %(funcName)s:%(lineno)d %(message)s"))
db.addHandler(out)


def query(sql):
    db.debug("running %s", sql)
    try:
        raise ConnectionError("db is down")
    except ConnectionError:
        db.exception("query failed: %s", sql)


query("SELECT 1")
db.propagate = False
db.error("only on stdout")


class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1


brace = logging.getLogger("brace")
brace.propagate = False
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("{levelname:>7} | {message} | {user}", style="{"))
handler.addFilter(OnlyOdd())
brace.addHandler(handler)
for i in range(4):
    brace.warning("event %d", i, extra={"user": f"u{i}"})

name = "_strata_logging_app.log"
fh = logging.FileHandler(name, mode="w")
fh.setLevel(logging.WARNING)
fh.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
root = logging.getLogger()
root.addHandler(fh)
logging.info("not in the file")
logging.error("in the file: %s", [1, 2])
log.critical("also in the file")
fh.close()
root.removeHandler(fh)
with open(name) as f:
    print(f.read(), end="")
os.remove(name)

print(logging.getLevelName(logging.ERROR), logging.getLevelName("WARNING"), logging.getLevelName(25))
logging.addLevelName(25, "NOTICE")
log.log(25, "custom level %s", "works")
logging.disable(logging.WARNING)
log.warning("disabled")
logging.disable(logging.NOTSET)
log.warning("enabled again")
adapter = logging.LoggerAdapter(log, {"req": 7})
adapter.info("through an adapter")
print(sorted(n for n in logging.root.manager.loggerDict))
