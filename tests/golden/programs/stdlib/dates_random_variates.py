import datetime as dt
import random
import calendar

start = dt.date(2024, 1, 31)
print(start, start + dt.timedelta(days=30), start.replace(day=29, month=2), start.weekday(), start.isoweekday())
print(start.strftime("%A %d %B %Y (%j) %U %a %b"), start.isocalendar(), start.toordinal())
d2 = dt.date(2025, 3, 1)
delta = d2 - start
print(delta, delta.days, repr(delta), delta.total_seconds(), dt.timedelta(weeks=1, hours=-1))
print(dt.timedelta(days=-1, seconds=5), abs(dt.timedelta(days=-2)), dt.timedelta(seconds=3661.5), dt.timedelta(0))
print(dt.timedelta(hours=25) // dt.timedelta(hours=1), dt.timedelta(hours=1) / 7, dt.timedelta(days=1) * 1.5)
when = dt.datetime(2024, 2, 29, 13, 45, 30, 123456)
print(when, when.isoformat(), when.isoformat(sep=" ", timespec="minutes"), repr(when))
print(when.strftime("%Y-%m-%d %H:%M:%S.%f %p %I"), when.date(), when.time(), when.timestamp() if False else "")
print(dt.datetime.strptime("2023-07-04 09:05", "%Y-%m-%d %H:%M"), dt.date.fromisoformat("2020-12-31"))
print(dt.datetime.fromisoformat("2021-05-06T07:08:09"), dt.datetime.combine(start, dt.time(8, 30)))
utc = dt.timezone.utc
aware = dt.datetime(2024, 6, 1, 12, 0, tzinfo=utc)
est = dt.timezone(dt.timedelta(hours=-5), "EST")
print(aware, aware.astimezone(est), aware.astimezone(est).tzname(), aware.utcoffset(), est)
print(sorted([d2, start, dt.date(2024, 1, 1)]), max(d2, start), d2 > start, dt.date.min, dt.date.max)
for y in (1900, 2000, 2023, 2024):
    print(y, calendar.isleap(y), calendar.monthrange(y, 2))
print(calendar.month_name[3], calendar.day_abbr[0], list(calendar.Calendar().itermonthdays(2024, 2))[:7])
try:
    dt.date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
try:
    dt.datetime.strptime("2023-13-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
try:
    aware - dt.datetime(2024, 1, 1)
except TypeError as e:
    print("TypeError:", e)


def business_days(a, b):
    n = 0
    while a < b:
        if a.weekday() < 5:
            n += 1
        a += dt.timedelta(days=1)
    return n


print(business_days(dt.date(2024, 1, 1), dt.date(2024, 2, 1)))

random.seed(12345)
print(random.random(), random.randint(1, 100), random.uniform(1, 2), random.randrange(0, 100, 7))
print(random.choice("abcdef"), random.sample(range(100), 5), random.choices("xyz", weights=[5, 1, 1], k=6))
deck = list(range(10))
random.shuffle(deck)
print(deck, random.getrandbits(40), random.gauss(0, 1), random.normalvariate(5, 2))
print(random.expovariate(1.5), random.triangular(0, 10, 3), random.betavariate(2, 3), random.lognormvariate(0, 1))
print(random.vonmisesvariate(1, 2), random.gammavariate(2.5, 1), random.paretovariate(3), random.weibullvariate(1, 2))
r = random.Random("seed-string")
print(r.random(), r.randint(-5, 5), r.choice([1, 2, 3]), r.sample("abcdefg", k=3))
r2 = random.Random(2**70 + 3)
print(r2.random(), r2.randbytes(6), r2.randrange(10**20))
state = r2.getstate()
a = [r2.random() for _ in range(3)]
r2.setstate(state)
print(a == [r2.random() for _ in range(3)])
random.seed(3.14)
print(random.random())
random.seed(b"bytes")
print(random.random())
rolls = [random.randint(1, 6) for _ in range(600)]
print({f: rolls.count(f) for f in range(1, 7)})
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)
try:
    random.randrange(5, 5)
except ValueError as e:
    print("ValueError:", e)
