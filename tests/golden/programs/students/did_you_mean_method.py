class BankAccount:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount

acct = BankAccount("Ann")
acct.deposit(50)
try:
    acct.withdraw(10)
except AttributeError as e:
    print("AttributeError:", e, "| name:", e.name, "| obj is acct:", e.obj is acct)
print(hasattr(acct, "balanse"), getattr(acct, "ownr", "?"))
acct.deposti(20)
