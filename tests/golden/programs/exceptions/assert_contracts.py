# Design-by-contract style checks with assert, and an uncaught failure.
def withdraw(balance, amount):
    assert amount > 0, f"amount must be positive, got {amount}"
    assert amount <= balance, "insufficient funds"
    new = balance - amount
    assert new >= 0
    return new


balance = 100
for amount in (30, -5, 500, 70):
    try:
        balance = withdraw(balance, amount)
        print(f"withdrew {amount}, balance {balance}")
    except AssertionError as e:
        print(f"rejected {amount}: {e}")

try:
    assert False
except AssertionError as e:
    print("bare assert:", repr(e), e.args)


def sorted_merge(a, b):
    assert a == sorted(a) and b == sorted(b), "inputs must be sorted"
    return sorted(a + b)


print(sorted_merge([1, 4], [2, 3]))
print(sorted_merge([3, 1], [2]))
