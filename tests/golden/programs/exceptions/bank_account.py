accounts = {}


def open_account(name, deposit):
    if deposit < 0:
        raise ValueError(f"negative opening deposit: {deposit}")
    if name in accounts:
        raise KeyError(name)
    accounts[name] = deposit

def withdraw(name, amount):
    balance = accounts[name]
    if amount > balance:
        raise RuntimeError(f"{name}: insufficient funds ({balance} < {amount})")
    accounts[name] = balance - amount
    return accounts[name]

ops = [lambda: open_account("ann", 100), lambda: open_account("ann", 5), lambda: open_account("bo", -1),
       lambda: withdraw("ann", 30), lambda: withdraw("ann", 500), lambda: withdraw("cy", 1)]
for i, op in enumerate(ops):
    try:
        result = op()
    except KeyError as e:
        print(i, "KeyError", e)
    except (ValueError, RuntimeError) as e:
        print(i, type(e).__name__, e)
    else:
        print(i, "ok", result)
    finally:
        print(i, "balances", accounts)
