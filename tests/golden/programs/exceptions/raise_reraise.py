def risky(n):
    if n % 3 == 0:
        raise ValueError(n)
    return n

results = []
for n in range(1, 8):
    try:
        results.append(risky(n))
    except ValueError as e:
        results.append(f"bad{e.args[0]}")
print(results)

def wrapper():
    try:
        risky(3)
    except ValueError:
        print("logging and re-raising")
        raise

try:
    wrapper()
except ValueError as e:
    print("outer got", repr(e))

try:
    raise IndexError
except IndexError as e:
    print(repr(e), e.args)
err = None
try:
    int("z")
except ValueError as err:
    pass
try:
    print(err)
except NameError as e:
    print("NameError:", e)
