counter = 0

def bump():
    global counter
    counter += 1
    return counter

for _ in range(3):
    bump()
print("counter", counter)

def make_account(balance):
    def deposit(x):
        nonlocal balance
        balance += x
        return balance
    def get():
        return balance
    return deposit, get

dep, get = make_account(10)
dep(5); dep(20)
print("balance", get())

def shadow():
    counter = 100
    return counter
print(shadow(), counter)

try:
    def broken():
        print(undefined_name)
    broken()
except NameError as e:
    print("NameError:", e)

def local_before_assignment():
    x_value = 1
    def inner():
        y = z_later
        return y
    z_later = 2
    return inner()
print(local_before_assignment())
