# A small scheduling tool: dates, times, durations, time zones and parsing.
from datetime import date, datetime, time, timedelta, timezone

start = date(2024, 2, 26)
print(start, repr(start), start.isoformat(), start.weekday(), start.isocalendar())
print(start.strftime("%A %d %B %Y, week %W, day %j"), start.ctime())

# Every other weekday for two weeks, skipping weekends.
day, sessions = start, []
while len(sessions) < 6:
    if day.weekday() < 5:
        sessions.append(day)
    day += timedelta(days=2)
for s in sessions:
    print(" ", s.strftime("%a %d %b"), (s - start).days, "days in")

# Meetings with durations.
meetings = [
    ("standup", datetime(2024, 2, 29, 9, 0), timedelta(minutes=15)),
    ("review", datetime(2024, 2, 29, 14, 30), timedelta(hours=1, minutes=30)),
    ("retro", datetime(2024, 3, 1, 16, 45), timedelta(hours=2)),
]
for name, when, length in sorted(meetings, key=lambda m: m[2]):
    end = when + length
    print(f"{name:8} {when:%Y-%m-%d %H:%M} -> {end:%H:%M} ({length}, {length.total_seconds():.0f}s)")
total = sum((m[2] for m in meetings), timedelta())
print("total", total, repr(total), total / timedelta(minutes=1), total // timedelta(hours=1))

# Time zones.
utc_noon = datetime(2024, 3, 10, 12, 0, tzinfo=timezone.utc)
zones = [timezone(timedelta(hours=-5), "EST"), timezone(timedelta(hours=5, minutes=30)),
         timezone.utc]
for tz in zones:
    local = utc_noon.astimezone(tz)
    print(local, local.tzname(), local.utcoffset(), local.isoformat(timespec="minutes"))
print(utc_noon.timestamp(), datetime.fromtimestamp(1700000000, tz=timezone.utc))
print(datetime.utcfromtimestamp(86400 * 366), utc_noon == utc_noon.astimezone(zones[0]))

# Parsing what people type.
for text, fmt in [("2021-03-04 05:06:07", "%Y-%m-%d %H:%M:%S"),
                  ("Mar 4 2021 5:06PM", "%b %d %Y %I:%M%p"),
                  ("04/03/21", "%d/%m/%y"),
                  ("2021-063", "%Y-%j")]:
    print(datetime.strptime(text, fmt))
print(datetime.fromisoformat("2020-05-17T10:20:30.5+02:00"), date.fromisoformat("2020-05-17"))
print(time.fromisoformat("08:15:00"), datetime.combine(start, time(8, 15)))

x = datetime(2023, 12, 31, 23, 59, 30, 123456)
print(x, repr(x), x.isoformat(sep=" ", timespec="milliseconds"))
print(x + timedelta(seconds=45), x.replace(year=2020).date(), x.time(), x.timetuple())
print(x.strftime("%Y-%m-%dT%H:%M:%S.%f %p %I"), f"{x:%b %d, %Y}", format(x.date(), "%d.%m."))
print(timedelta(days=1, hours=3, minutes=7), timedelta(seconds=-1), timedelta(microseconds=1500))
print(repr(timedelta(days=-1, seconds=5)), abs(timedelta(hours=-3)), timedelta(weeks=1) * 1.5)
print(sorted([date(2020, 1, 3), date(2019, 5, 5), date(2020, 1, 1)]), max(meetings)[0])
print(date.fromordinal(738000), start.toordinal(), date.min, date.max, datetime.max)
print({start: "start"}[date(2024, 2, 26)], start == datetime(2024, 2, 26).date())

for bad in [lambda: date(2023, 2, 29), lambda: datetime(2024, 1, 1, 24),
            lambda: datetime.strptime("2024-13-01", "%Y-%m-%d"),
            lambda: date.fromisoformat("2024/01/01"),
            lambda: datetime(2024, 1, 1) < datetime(2024, 1, 1, tzinfo=timezone.utc),
            lambda: datetime(2024, 1, 1) - datetime(2024, 1, 1, tzinfo=timezone.utc)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
