def withdraw(balance, amount):
    if amount > balance:
        raise ValueError(f"cannot withdraw {amount}: balance is only {balance}")
    return balance - amount

balance = 100
for amount in [30, 50, 40]:
    balance = withdraw(balance, amount)
    print("balance now", balance)
