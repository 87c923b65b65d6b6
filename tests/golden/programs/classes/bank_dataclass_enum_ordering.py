from dataclasses import dataclass, field, asdict, replace, astuple
from enum import Enum, auto, IntEnum
from functools import total_ordering


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} lacks {amount - account.balance:.2f}")
        self.account = account
        self.amount = amount


class AccountFrozen(RuntimeError):
    pass


class Kind(Enum):
    CHECKING = auto()
    SAVINGS = auto()
    BUSINESS = "biz"


class Priority(IntEnum):
    LOW = 1
    HIGH = 2


@dataclass(frozen=True, order=True)
class Transaction:
    amount: float
    memo: str = ""
    tags: tuple = ()


@total_ordering
class Account:
    _next = 1000

    def __init__(self, owner, kind=Kind.CHECKING, balance=0.0):
        Account._next += 1
        self.number = Account._next
        self.owner = owner
        self.kind = kind
        self.balance = balance
        self.history = []
        self.frozen = False

    def __repr__(self):
        return f"Account(#{self.number}, {self.owner!r}, {self.kind}, {self.balance:.2f})"

    def __eq__(self, other):
        if not isinstance(other, Account):
            return NotImplemented
        return self.balance == other.balance

    def __lt__(self, other):
        return self.balance < other.balance

    def __hash__(self):
        return hash(self.number)

    def deposit(self, amount, memo=""):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount!r}")
        self._apply(Transaction(amount, memo))

    def withdraw(self, amount, memo=""):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self._apply(Transaction(-amount, memo))

    def _apply(self, tx):
        if self.frozen:
            raise AccountFrozen(f"#{self.number} is frozen")
        self.balance = round(self.balance + tx.amount, 2)
        self.history.append(tx)


@dataclass
class Bank:
    name: str
    accounts: list = field(default_factory=list)
    fees: dict = field(default_factory=lambda: {Kind.CHECKING: 1.5}, repr=False)

    def open(self, *args, **kw):
        acct = Account(*args, **kw)
        self.accounts.append(acct)
        return acct

    def transfer(self, src, dst, amount):
        try:
            src.withdraw(amount, f"to {dst.number}")
        except InsufficientFunds as e:
            print("transfer failed:", e)
            return False
        try:
            dst.deposit(amount, f"from {src.number}")
        except AccountFrozen as e:
            src.deposit(amount, "refund")
            print("refunded:", e)
            return False
        return True


bank = Bank("First Strata")
a = bank.open("alice", balance=100.0)
b = bank.open("bob", Kind.SAVINGS)
c = bank.open("carol", kind=Kind.BUSINESS, balance=2500.5)
print(bank)
a.deposit(50.25, "salary")
print(bank.transfer(a, b, 120))
print(bank.transfer(a, b, 1000))
c.frozen = True
print(bank.transfer(b, c, 20))
try:
    a.deposit(-5)
except ValueError as e:
    print(e)
for acct in sorted(bank.accounts):
    print(acct, [astuple(t) for t in acct.history])
print(max(bank.accounts).owner, min(bank.accounts).owner)
print(a <= b, a >= c, a != b)
t = Transaction(5.0, "x")
print(t, asdict(t), replace(t, memo="y"))
try:
    t.amount = 3
except Exception as e:
    print(type(e).__name__, e)
print(sorted([Transaction(3), Transaction(1, "b"), Transaction(1, "a")]))
print(Kind.BUSINESS.value, Kind["SAVINGS"], Kind("biz"), list(Kind))
print(repr(Kind.CHECKING), Kind.CHECKING.name, Priority.HIGH > Priority.LOW, Priority.HIGH + 1)
try:
    Kind("nope")
except ValueError as e:
    print(e)
print({k.name: k.value for k in Kind})
print(hash(t) == hash(Transaction(5.0, "x")))
print(Bank.__dataclass_fields__.keys())
