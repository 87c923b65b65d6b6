# Subtle control flow through try/finally: return, break and continue.
def returns_in_finally():
    try:
        return "try"
    finally:
        print("  finally runs before the return completes")


def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"


def swallow():
    try:
        raise KeyError("lost")
    finally:
        return "swallowed"


def loop_control():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out


def nested():
    trace = []
    try:
        try:
            trace.append("inner try")
            1 / 0
        except ZeroDivisionError:
            trace.append("inner except")
            raise ValueError("from handler")
        finally:
            trace.append("inner finally")
    except ValueError as e:
        trace.append(f"outer except {e}")
        trace.append(f"context {type(e.__context__).__name__}")
    finally:
        trace.append("outer finally")
    return trace


def counter_value():
    x = 1
    try:
        return x
    finally:
        x = 2


print(returns_in_finally())
print(finally_overrides(), swallow())
print(loop_control())
for step in nested():
    print(" ", step)
print(counter_value())
