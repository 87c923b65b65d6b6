accounts = {}
log = [("open", "alice", 100), ("open", "bob", 50), ("deposit", "alice", 25), ("withdraw", "bob", 70),
       ("transfer", ("alice", "bob"), 60), ("withdraw", "carol", 5), ("deposit", "bob", 15)]
for op, who, amount in log:
    if op == "open":
        accounts[who] = amount
    elif op == "deposit":
        accounts[who] = accounts.get(who, 0) + amount
    elif op == "withdraw":
        if who not in accounts:
            print("no such account:", who)
        elif accounts[who] < amount:
            print(f"insufficient funds for {who}: {accounts[who]} < {amount}")
        else:
            accounts[who] -= amount
    elif op == "transfer":
        src, dst = who
        accounts[src] -= amount
        accounts[dst] += amount
for name, balance in sorted(accounts.items()):
    print(f"{name}: {balance}")
print(max(accounts, key=accounts.get), sum(accounts.values()))
