# Exceptions unwinding through several frames, with cleanup at each level.
depth_log = []


def level3(x):
    depth_log.append("enter 3")
    try:
        if x < 0:
            raise ArithmeticError(f"negative input {x}")
        return x ** 0.5
    finally:
        depth_log.append("leave 3")


def level2(x):
    depth_log.append("enter 2")
    try:
        return level3(x) * 2
    except ZeroDivisionError:
        depth_log.append("never")
        raise
    finally:
        depth_log.append("leave 2")


def level1(x):
    depth_log.append("enter 1")
    try:
        return level2(x)
    except ArithmeticError as e:
        depth_log.append(f"caught at 1: {e}")
        return float("nan")


print(level1(16.0))
print(depth_log)
depth_log.clear()
print(level1(-1))
print(depth_log)


def reraiser(n):
    try:
        if n == 0:
            raise IndexError("bottom")
        reraiser(n - 1)
    except IndexError as e:
        e.args = (e.args[0] + f"<{n}",)
        raise


try:
    reraiser(4)
except IndexError as e:
    print("final:", e)
