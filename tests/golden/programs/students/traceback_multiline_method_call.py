class Account:
    def __init__(self, bal):
        self.bal = bal
    def withdraw(self, amt):
        if amt > self.bal:
            raise ValueError(f"Insufficient funds: balance {self.bal}, requested {amt}")
        self.bal -= amt
Account(5).withdraw(
    10
)
