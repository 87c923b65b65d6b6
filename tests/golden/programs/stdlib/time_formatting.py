# Formatting and converting timestamps with the time module, as log tools do.
import time

EVENTS = [
    (0, "epoch"),
    (951782400, "leap day 2000"),
    (1700000000, "a recent second"),
    (-86400, "the day before the epoch"),
    (1609459199.999, "last millisecond of 2020"),
]

for secs, label in EVENTS:
    t = time.gmtime(secs)
    print(f"{label:>26}: {time.strftime('%Y-%m-%d %H:%M:%S', t)}  "
          f"{time.strftime('%a %b %e, week %U/%W, day %j', t)}")

t = time.gmtime(1234567890)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_wday, t.tm_yday, t.tm_zone, t.tm_gmtoff)
print(tuple(t), len(t), t[:3], t == (2009, 2, 13, 23, 31, 30, 4, 44, 0))
print(time.asctime(t))
print(time.strftime("%c | %x | %X | %D | %T | %r | %I %p", t))
print(time.strftime("%G-W%V-%u %C %y %g %%", t))

# ISO weeks around new year.
for year in (2004, 2005, 2008, 2009, 2010, 2021):
    for month, day in ((1, 1), (12, 31)):
        secs = (time.mktime((year, month, day, 12, 0, 0, 0, 0, 0))
                - time.mktime((1970, 1, 1, 12, 0, 0, 0, 0, 0)))
        print(year, month, day, time.strftime("%G-W%V-%u", time.gmtime(secs)))

# A struct_time built by hand, and the round trip through mktime.
st = time.struct_time((2022, 6, 15, 8, 30, 0, 2, 166, 0))
print(st.tm_hour, st.tm_zone, st)
now = int(time.time())
print(time.mktime(time.localtime(now)) == now)
print(time.strptime("2023-07-04 09:15", "%Y-%m-%d %H:%M"))
print(time.strptime("Tue Feb 14 10:00:00 2023"))

# Elapsed time: only the sign is printed, the clocks never go backwards.
start, pstart = time.monotonic(), time.perf_counter()
time.sleep(0.01)
print(time.monotonic() - start >= 0, time.perf_counter() - pstart >= 0)
print(isinstance(time.time_ns(), int), isinstance(time.monotonic_ns(), int))

for bad in [lambda: time.strftime("%Y", (2000, 13, 1, 0, 0, 0, 0, 1, 0)),
            lambda: time.mktime((2000, 1)),
            lambda: time.gmtime(1e300),
            lambda: time.sleep(-1),
            lambda: time.struct_time((1, 2, 3)),
            lambda: time.strptime("2023-99", "%Y-%m")]:
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
