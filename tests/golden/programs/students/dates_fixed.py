import datetime as dt
import time, calendar
d = dt.date(2024, 2, 28)
print(d, d + dt.timedelta(days=1), d + dt.timedelta(days=2), d.weekday(), d.isoweekday(), d.strftime("%A %d %B %Y"), d.isoformat())
print(d.strftime("%a %b %d %y %j %U %W %m/%d/%Y"), d.replace(year=2023), d.toordinal(), dt.date.fromordinal(738000))
t = dt.datetime(2023, 12, 31, 23, 59, 30, 123456)
print(t, t + dt.timedelta(seconds=45), t.strftime("%Y-%m-%d %H:%M:%S.%f %I:%M %p"), t.isoformat(), t.isoformat(" ", "seconds"))
print(repr(t), repr(d), repr(dt.timedelta(days=1, seconds=3661)), dt.timedelta(hours=-1), dt.timedelta(days=400, minutes=5))
delta = dt.datetime(2025, 1, 1) - dt.datetime(2024, 3, 15, 12)
print(delta, delta.days, delta.seconds, delta.total_seconds(), delta // dt.timedelta(hours=1), delta / dt.timedelta(weeks=1))
print(dt.datetime.strptime("2024-07-04 09:30", "%Y-%m-%d %H:%M"), dt.datetime.strptime("03/15/99", "%m/%d/%y").date())
print(dt.date.fromisoformat("2021-09-01"), dt.datetime.fromisoformat("2021-09-01T10:20:30"), dt.time(9, 5), dt.time(13, 45, 10).strftime("%I:%M:%S %p"))
print(sorted([dt.date(2020, 5, 1), dt.date(2019, 1, 1), dt.date(2020, 1, 31)]), dt.date(2020, 1, 1) < dt.date(2020, 1, 2), max(d, dt.date(2030, 1, 1)))
birth = dt.date(2000, 6, 15)
today = dt.date(2024, 6, 14)
age = today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))
print("age", age, (today - birth).days)
print(calendar.isleap(2024), calendar.isleap(1900), calendar.monthrange(2024, 2), calendar.month_name[3], calendar.day_abbr[0], calendar.weekday(2024, 1, 1))
print(calendar.month(2024, 2))
print(time.strftime("%Y-%m-%d", time.gmtime(0)), time.gmtime(86400 * 365).tm_year, time.strptime("2020-02-02", "%Y-%m-%d").tm_yday)
print(dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc), dt.datetime(2024, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=-5))).isoformat())
print(dt.datetime.fromtimestamp(0, dt.timezone.utc), dt.datetime(2024, 3, 10, 12, tzinfo=dt.timezone.utc).timestamp())
print(f"{d:%d/%m/%Y}", "{:%H:%M}".format(t), format(d, ""), str(dt.timedelta(microseconds=1500)), dt.timedelta(0))
days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
start = dt.date(2024, 1, 1)
for i in range(0, 35, 7):
    wk = start + dt.timedelta(days=i)
    print(f"Week of {wk:%b %d}: {days[wk.weekday()]} ({wk.isocalendar()[1]})", wk.isocalendar())
try:
    dt.date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
try:
    dt.datetime.strptime("2024-13-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
print(dt.date.max, dt.date.min, dt.timedelta(days=1) * 3, dt.timedelta(days=7) - dt.timedelta(days=10), -dt.timedelta(days=1, hours=2), abs(dt.timedelta(hours=-3)))
