from __future__ import annotations
import sys
from dataclasses import dataclass, field
from enum import Enum, auto
from collections import defaultdict, Counter, deque
from functools import total_ordering, lru_cache, reduce
from typing import Iterator, Optional
from abc import ABC, abstractmethod
import itertools

class Kind(Enum):
    DEPOSIT = auto()
    WITHDRAW = auto()
    TRANSFER = auto()

@dataclass(frozen=True)
class Txn:
    kind: Kind
    amount: int
    src: str
    dst: Optional[str] = None

class InsufficientFunds(Exception):
    def __init__(self, account, needed):
        super().__init__(f"{account} needs {needed} more")
        self.account = account
        self.needed = needed

@total_ordering
class Account:
    _ids = itertools.count(1)
    def __init__(self, owner: str, balance: int = 0):
        self.id = next(Account._ids)
        self.owner = owner
        self._balance = balance
        self.history: list[Txn] = []
    @property
    def balance(self) -> int:
        return self._balance
    def apply(self, txn: Txn) -> None:
        if txn.kind is Kind.DEPOSIT:
            self._balance += txn.amount
        else:
            if txn.amount > self._balance:
                raise InsufficientFunds(self.owner, txn.amount - self._balance)
            self._balance -= txn.amount
        self.history.append(txn)
    def __eq__(self, other): return self.balance == other.balance
    def __lt__(self, other): return self.balance < other.balance
    def __repr__(self): return f"Account({self.owner!r}, {self.balance})"

class Rule(ABC):
    @abstractmethod
    def check(self, txn: Txn) -> bool: ...

class Limit(Rule):
    def __init__(self, limit): self.limit = limit
    def check(self, txn): return txn.amount <= self.limit

class Bank:
    def __init__(self, rules):
        self.accounts: dict[str, Account] = {}
        self.rules = rules
        self.log = deque(maxlen=3)
        self.failures = Counter()
    def open(self, owner, balance=0):
        acct = self.accounts[owner] = Account(owner, balance)
        return acct
    def process(self, txns) -> Iterator[str]:
        for t in txns:
            if not all(r.check(t) for r in self.rules):
                self.failures["rule"] += 1
                yield f"rejected {t.kind.name.lower()} of {t.amount}"
                continue
            try:
                if t.kind is Kind.TRANSFER:
                    self.accounts[t.src].apply(Txn(Kind.WITHDRAW, t.amount, t.src))
                    self.accounts[t.dst].apply(Txn(Kind.DEPOSIT, t.amount, t.dst))
                else:
                    self.accounts[t.src].apply(t)
            except InsufficientFunds as e:
                self.failures[type(e).__name__] += 1
                yield f"failed: {e} (short by {e.needed})"
            except KeyError as e:
                self.failures["unknown"] += 1
                yield f"unknown account {e}"
            else:
                self.log.append(t)
                yield f"ok {t.kind.name:<8} {t.amount:>6,}"

bank = Bank([Limit(5000)])
for name, bal in [("ann", 100), ("bob", 2500), ("cy", 0)]:
    bank.open(name, bal)
txns = [Txn(Kind.DEPOSIT, 400, "ann"), Txn(Kind.TRANSFER, 1000, "bob", "cy"), Txn(Kind.WITHDRAW, 900, "ann"),
        Txn(Kind.DEPOSIT, 9000, "cy"), Txn(Kind.TRANSFER, 10, "zed", "ann"), Txn(Kind.WITHDRAW, 250, "cy")]
for line in bank.process(txns):
    print(line)
print(sorted(bank.accounts.values()), max(bank.accounts.values()).owner)
print(dict(bank.failures), [t.kind.name for t in bank.log])
by_kind = defaultdict(int)
for a in bank.accounts.values():
    for t in a.history:
        by_kind[t.kind] += t.amount
print({k.name: v for k, v in sorted(by_kind.items(), key=lambda kv: kv[0].value)})
@lru_cache
def ways(n, coins=(1, 5, 10, 25)):
    if n == 0: return 1
    if n < 0 or not coins: return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])
print(ways(100), reduce(lambda a, b: a * b, range(1, 10)), f"{sum(a.balance for a in bank.accounts.values()):_}")
print(sys.version_info >= (3, 11), Kind.DEPOSIT in Kind, Kind(2))
