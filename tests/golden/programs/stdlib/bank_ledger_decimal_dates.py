# A small bank-ledger simulation exercising many features together
from collections import defaultdict
from decimal import Decimal
from fractions import Fraction
import datetime, random, statistics, math

class InsufficientFunds(Exception):
    def __init__(self, account, needed):
        super().__init__(f"{account.owner} needs {needed}")
        self.account = account

class Account:
    _next_id = 1
    def __init__(self, owner, balance=Decimal("0")):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self.balance = Decimal(balance)
        self.history = []
    def deposit(self, amount):
        self.balance += Decimal(amount)
        self.history.append(("dep", amount))
    def withdraw(self, amount):
        amount = Decimal(amount)
        if amount > self.balance:
            raise InsufficientFunds(self, amount - self.balance)
        self.balance -= amount
        self.history.append(("wd", str(amount)))
    def __repr__(self):
        return f"Account#{self.id}({self.owner!r}, {self.balance})"

accts = {n: Account(n, b) for n, b in [("ann", "100.50"), ("bob", "20")]}
accts["ann"].withdraw("0.25")
accts["bob"].deposit("3.10")
try:
    accts["bob"].withdraw(100)
except InsufficientFunds as e:
    print("error:", e, e.account.id)
print(accts, sum(a.balance for a in accts.values()))
print(Decimal("0.1") + Decimal("0.2"), Decimal("1.10") * 3, Decimal(1) / Decimal(7), round(Decimal("2.675"), 2), Decimal("3.14159").quantize(Decimal("0.01")))
print(Fraction(1, 3) + Fraction(1, 6), Fraction("0.75"), Fraction(3, 4) * 2, float(Fraction(1, 8)), Fraction(1, 3).limit_denominator(2))
d = datetime.date(2024, 2, 28) + datetime.timedelta(days=2)
print(d, d.isoformat(), d.weekday(), d.strftime("%A %d %B %Y"), datetime.date(2024, 3, 1) - datetime.date(2023, 3, 1))
dt = datetime.datetime(2023, 12, 31, 23, 59, 30) + datetime.timedelta(seconds=45)
print(dt, repr(dt), dt.year, dt.strftime("%Y-%m-%dT%H:%M:%S"), datetime.datetime.strptime("2021-05-04 13:00", "%Y-%m-%d %H:%M"))
print(datetime.timedelta(hours=25, minutes=3), datetime.timedelta(days=-1, seconds=5), str(datetime.time(9, 5)))
random.seed(42)
print(random.randint(1, 100), random.choice("abc"), random.random() < 1, random.sample(range(10), 3), random.uniform(1, 2) < 2)
xs = [random.gauss(0, 1) for _ in range(3)]
lst = list(range(10)); random.shuffle(lst); print(lst)
print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2]), statistics.mode([1, 1, 2]), round(statistics.stdev([1, 2, 3, 4]), 4), statistics.pvariance([1, 2, 3]))
print(math.gcd(12, 18), math.lcm(4, 6), math.comb(5, 2), math.perm(5, 2), math.factorial(10), math.isqrt(99), math.prod([1, 2, 3]), math.dist((0, 0), (3, 4)), math.hypot(3, 4))
print(math.log(100, 10), math.log2(8), math.log10(1000), math.exp(0), math.degrees(math.pi), round(math.sin(math.pi / 6), 10), math.copysign(1, -0.0), math.fsum([0.1] * 10))
