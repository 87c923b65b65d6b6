# Old-style %-formatting of objects in a report, as older code bases do.
class Account:
    def __init__(self, owner, balance):
        self.owner, self.balance = owner, balance

    def __str__(self):
        return "%s (%.2f)" % (self.owner, self.balance)

    def __repr__(self):
        return "Account(%r, %r)" % (self.owner, self.balance)


accounts = [Account("ada", 120.5), Account("bob", -3.25), Account("cid", 0)]
for a in accounts:
    print("account: %s" % a)
    print("debug:   %r" % a)
    print("padded:  [%-20s]" % (a,))
total = sum(a.balance for a in accounts)
print("%d accounts, total %.2f, overdrawn: %s" % (len(accounts), total, [a.owner for a in accounts if a.balance < 0]))
print("mapping: %(first)s / %(last)r" % {"first": accounts[0], "last": accounts[-1]})
