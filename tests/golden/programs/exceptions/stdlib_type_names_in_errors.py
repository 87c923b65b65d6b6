# Error messages name the stdlib classes CPython writes in C by their dotted
# tp_name ('decimal.Decimal', 'datetime.datetime', 'collections.deque'),
# Python-defined ones by __name__ ('Fraction', 'Counter'); a subclass of an
# unhashable builtin is unhashable under its own name.
from decimal import Decimal
from datetime import datetime, date, timedelta
from fractions import Fraction
from collections import deque, OrderedDict, defaultdict, Counter
import functools, re, io, operator, array
cases = [
    lambda: Decimal("1.10") + 1.5,
    lambda: datetime(2024, 1, 1) - date(2024, 1, 1),
    lambda: date(2024, 1, 1) < "2024",
    lambda: timedelta(1) + 1,
    lambda: Fraction(1, 2) + "x",
    lambda: deque([1])["a"],
    lambda: len(functools.partial(print)),
    lambda: re.compile("a")[0],
    lambda: io.StringIO().foo,
    lambda: Decimal("1").nope,
    lambda: datetime.now().bad_attr,
    lambda: operator.itemgetter(1) + 1,
    lambda: OrderedDict() + 1,
    lambda: Counter() * 2,
    lambda: array.array("i") @ 1,
    lambda: iter(date(2024, 1, 1)),
    lambda: {Decimal("1"): 1}[Decimal("2")],
    lambda: hash(defaultdict(list)),
    lambda: round(datetime(2024, 1, 1)),
    lambda: sorted([Decimal(1), "a"]),
]
for c in cases:
    try:
        c()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)
print(repr(Decimal("1") / 1), type(Decimal("1")), Decimal, datetime, [date])


class D(dict): pass
class L(list): pass
class E:
    def __eq__(self, o): return True
for v in (D(), L(), E(), {1}, bytearray()):
    try: hash(v)
    except TypeError as e: print(e)
