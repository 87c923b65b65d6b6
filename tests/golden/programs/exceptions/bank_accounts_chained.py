"""Bank accounts with custom exceptions and a class hierarchy."""
from decimal import Decimal, ROUND_HALF_UP
import traceback


class BankError(Exception):
    """Base for all bank errors."""


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f}; balance {account.balance:.2f}")
        self.account = account
        self.amount = amount


class AccountFrozen(BankError):
    pass


class Account:
    _next_id = 1000
    interest_rate = Decimal("0.00")

    def __init__(self, owner, balance=Decimal("0")):
        self.owner = owner
        self._balance = Decimal(balance)
        self.frozen = False
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if self.frozen:
            raise AccountFrozen(f"account {self.id} is frozen")
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += Decimal(amount)
        self.history.append(("deposit", Decimal(amount)))

    def withdraw(self, amount):
        amount = Decimal(amount)
        if self.frozen:
            raise AccountFrozen(f"account {self.id} is frozen")
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))

    def apply_interest(self):
        gained = (self._balance * self.interest_rate).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        self._balance += gained
        return gained

    def __repr__(self):
        return f"{type(self).__name__}(owner={self.owner!r}, balance={self._balance})"

    def __str__(self):
        return f"#{self.id} {self.owner:<10} {self._balance:>12,.2f}"


class Savings(Account):
    interest_rate = Decimal("0.035")


class Checking(Account):
    overdraft = Decimal("100")

    def withdraw(self, amount):
        amount = Decimal(amount)
        if amount > self._balance + self.overdraft:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))


def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        raise BankError(f"transfer of {amount} failed") from e
    dst.deposit(amount)


accounts = [Savings("alice", "1500.50"), Checking("bob", "20"), Account("carol")]
for a in accounts:
    print(a)
    print(repr(a))

accounts[2].deposit(75)
transfer(accounts[0], accounts[1], Decimal("200.25"))
try:
    transfer(accounts[1], accounts[2], 1000)
except BankError as e:
    print("error:", e)
    print("cause:", repr(e.__cause__))
    print("cause type:", type(e.__cause__).__mro__)
    traceback.print_exc()

accounts[2].frozen = True
for op in (lambda: accounts[2].deposit(5), lambda: accounts[2].withdraw(1), lambda: accounts[0].deposit(-3)):
    try:
        op()
    except (AccountFrozen, ValueError) as e:
        print(type(e).__name__, e, e.args)

for a in accounts:
    print(a.owner, "interest:", a.apply_interest())
    print(a)
print(accounts[1].history)
total = sum((a.balance for a in accounts), Decimal(0))
print(f"total {total!s:>15} {total:,} {total:.1f} {total:e}")
print(isinstance(accounts[0], Account), issubclass(Checking, BankError))
print(InsufficientFunds.__mro__)
try:
    accounts[1].withdraw("5000")
except BankError as exc:
    print(exc.account.owner, exc.amount)
    raise RuntimeError("fatal") from None
