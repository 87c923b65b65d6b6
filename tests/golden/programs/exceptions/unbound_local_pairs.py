# An unbound local read right after another local (one quickened pair): the error points at the second read.
def f(flag):
    if flag:
        b = 1
    try:
        return flag, b
    except UnboundLocalError as e:
        print("caught", e)
    x = 5
    return (x,
            b)
print(f(True))
f(False)
