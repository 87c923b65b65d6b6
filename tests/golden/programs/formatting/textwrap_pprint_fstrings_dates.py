import textwrap, pprint, reprlib, string
from datetime import datetime, date, time, timedelta

TEXT = ("The quick brown fox jumps over the lazy dog. " * 4).strip()
print(textwrap.fill(TEXT, width=30))
print(textwrap.wrap(TEXT, 25)[:3])
print(textwrap.shorten(TEXT, width=40, placeholder=" [...]"))
print(textwrap.indent("a\nb\n\nc", "> "), textwrap.dedent("""
    line one
      indented
    line three"""))
print(textwrap.fill("x" * 50, width=20, initial_indent="* ", subsequent_indent="  "))
data = {"name": "widget", "tags": ["a", "b", "c"] * 4, "nested": {"k" + str(i): list(range(i)) for i in range(6)},
        "tuple": (1, 2, (3, 4)), "set": {3, 1, 2}, "long": "word " * 20}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2)
print(pprint.pformat([list(range(30)), "short"], compact=True, width=50))
pprint.pprint({"b": 1, "a": 2}, sort_dicts=False)
r = reprlib.Repr()
r.maxlist = 3
print(reprlib.repr(list(range(100))), reprlib.repr("a" * 100), r.repr([1, 2, 3, 4, 5]), reprlib.repr({i: i for i in range(10)}))
pi = 3.14159265
n = 1234567.891
print(f"{pi:.2f}|{pi:10.3f}|{pi:<10.1f}|{pi:^10.2e}|{n:,.2f}|{n:_.1f}|{-pi:+.3f}|{pi:+.0f}|{0.000123:.2g}|{n:g}|{1e20:g}")
print(f"{42:08b}|{255:#x}|{255:#o}|{255:X}|{-42:05d}|{42:+d}|{1234567:,}|{42:^9}|{42:*>7}|{'s':=^7}|{True:d}")
print(f"{'left':<8}|{'right':>8}|{'mid':^8}|{'trunc'!r:.3}|{3.0:%}|{0.256:.1%}|{12:c}|{'abc'!s:>5}|{10:n}")
w, p = 12, 3
print(f"{pi:{w}.{p}f}|{'x':{'>'}{w}}|{f'{p}'}|{{literal}}|{n=}|{pi = :.1f}|{w*2=}")
print("{0} {1} {0}".format("a", "b"), "{name}-{x[1]}-{y.real}".format(name="N", x=[5, 6], y=3j), "{:>{width}}".format("r", width=5))
print("{0!r:>10} {1:.{2}f}".format("q", 2.71828, 2), "%s %r %5.2f %-5d| %x %o %e %c %%" % ("s", "r", 3.14159, 42, 255, 8, 12345.678, 65))
print("%(a)s and %(b)05.1f" % {"a": 1, "b": 2.25}, "%10s|%-10s|" % ("hi", "lo"), "%+d %+d" % (5, -5), "%.3s" % "abcdef")
print(string.Template("$who likes $what, ${who}!").substitute(who="tim", what="kung pao"), string.Template("$x $y").safe_substitute(x=1))
print(format(1234.5, "08.2f"), format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), round(2.675, 2), round(0.125, 2), round(-0.5))
print(format(float("nan"), ">6"), format(float("inf"), "+"), format(-0.0, ".1f"), format(1e-7, "f"), format(123456789012345678, "e"))
print(1e16, 1.0e-5, 0.1 + 0.2, 1 / 3, 2 ** 0.5, 100.0, 1e22, 123456789.123456789, -1.5e-10, float("1e308") * 10)
dt = datetime(2024, 3, 9, 14, 5, 7, 123456)
print(dt, dt.isoformat(), dt.strftime("%Y-%m-%d %H:%M:%S %A %B %j %p %I %a %b %y %%"), f"{dt:%d/%m/%Y}", dt.date(), dt.time())
print(dt + timedelta(days=30, hours=12), dt - datetime(2024, 1, 1), (dt - datetime(2024, 1, 1)).total_seconds(), timedelta(days=-1, seconds=5))
print(date(2024, 2, 28) + timedelta(days=1), date(2023, 2, 28) + timedelta(days=1), date(2024, 1, 1).weekday(), date(2024, 1, 1).isocalendar())
print(datetime.strptime("2024-12-25 08:30", "%Y-%m-%d %H:%M"), date.fromisoformat("2024-07-04").strftime("%a %d %b"), time(9, 5).strftime("%H:%M"))
print(repr(dt), repr(timedelta(hours=25, minutes=3)), str(timedelta(microseconds=1500)), timedelta(weeks=2) // timedelta(days=3), dt.replace(year=2000))
print(sorted([date(2024, 5, 1), date(2023, 1, 9), date(2024, 1, 1)]), max(timedelta(1), timedelta(hours=30)), date(2024, 3, 1) - date(2024, 2, 1))
