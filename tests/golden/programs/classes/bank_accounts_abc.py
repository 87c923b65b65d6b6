from abc import ABC, abstractmethod
from dataclasses import dataclass, field

import sys

class InsufficientFunds(Exception):
    pass

class Account(ABC):
    _next_id = 1000

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []

    @property
    def balance(self):
        return self._balance

    @abstractmethod
    def monthly_fee(self):
        ...

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount!r}")
        self._balance += amount
        self.history.append(("dep", amount))

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(f"{self.owner} has {self._balance:.2f}, needs {amount:.2f}")
        self._balance -= amount
        self.history.append(("wd", amount))

    def __repr__(self):
        return f"{type(self).__name__}(owner={self.owner!r}, balance={self._balance:.2f})"

    def __str__(self):
        return f"#{self.id} {self.owner:<8} {self._balance:>10.2f}"

class Checking(Account):
    def monthly_fee(self):
        return 0 if self._balance > 1000 else 5

class Savings(Account):
    rate = 0.02
    def monthly_fee(self):
        return 0
    def add_interest(self):
        interest = round(self._balance * self.rate / 12, 2)
        self.deposit(interest)
        return interest

accounts = [Checking("alice", 1500), Savings("bob", 300), Checking("carol", 20)]
for acc in accounts:
    print(acc, repr(acc), acc.monthly_fee())

try:
    Account("x")
except TypeError as e:
    print("TypeError:", e)

try:
    accounts[2].withdraw(100)
except InsufficientFunds as e:
    print("failed:", e)

try:
    accounts[0].deposit(-5)
except ValueError as e:
    print("failed:", e)

print(accounts[1].add_interest(), accounts[1].balance)

def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        raise RuntimeError("transfer aborted") from e
    else:
        dst.deposit(amount)
    finally:
        print(f"transfer {src.owner}->{dst.owner} {amount} attempted")

transfer(accounts[0], accounts[2], 250)
try:
    transfer(accounts[2], accounts[0], 10_000)
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__))

total = sum(a.balance for a in accounts)
print(f"Total: {total:,.2f}")
print(sorted(accounts, key=lambda a: -a.balance))
print(isinstance(accounts[1], Account), issubclass(Savings, ABC), Savings.__mro__)
print(vars(accounts[2]))
print(Checking.__name__, Checking.__qualname__, Checking.monthly_fee.__qualname__)
print(getattr(accounts[0], "missing", "default"), hasattr(accounts[0], "history"))


sys.stdout.write("done\n")
transfer(accounts[2], accounts[0], 10_000)
