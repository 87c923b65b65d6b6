# Account classes with inheritance, super(), overrides and a transaction log.
class InsufficientFunds(Exception):
    pass


class Account:
    interest = 0.0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = [("open", balance)]

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self.available():
            raise InsufficientFunds(f"{self.owner}: cannot withdraw {amount}, available {self.available()}")
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def available(self):
        return self.balance

    def month_end(self):
        gain = round(self.balance * self.interest, 2)
        if gain:
            self.balance += gain
            self.history.append(("interest", gain))

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self.balance})"


class Savings(Account):
    interest = 0.02

    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "withdraw"]) >= 2:
            raise InsufficientFunds("savings: withdrawal limit reached")
        return super().withdraw(amount)


class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def available(self):
        return self.balance + self.overdraft


accounts = [Account("ann", 50), Savings("sam", 1000), Checking("chu", 20)]
ops = [(0, "withdraw", 80), (1, "withdraw", 100), (1, "withdraw", 100), (1, "withdraw", 1),
       (2, "withdraw", 110), (2, "withdraw", 20), (0, "deposit", -5), (0, "deposit", 25)]
for i, op, amount in ops:
    try:
        getattr(accounts[i], op)(amount)
        print(f"{op} {amount} -> {accounts[i]!r}")
    except (InsufficientFunds, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
for a in accounts:
    a.month_end()
print(accounts)
print(accounts[1].history)
