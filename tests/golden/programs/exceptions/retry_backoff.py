# Retrying operations with exception filtering, else and finally clauses.
attempts = []




def unreliable(plan):
    step = len(attempts)
    attempts.append(step)
    outcome = plan[step] if step < len(plan) else "ok"
    if outcome == "timeout":
        raise TimeoutError(f"step {step} timed out")
    if outcome == "refused":
        raise ConnectionRefusedError(111, "Connection refused")
    if outcome == "bug":
        raise ValueError("corrupt payload")
    return f"success at step {step}"


def run(plan, limit=4):
    attempts.clear()
    delay = 1
    for i in range(limit):
        try:
            result = unreliable(plan)
        except (TimeoutError, ConnectionError) as e:
            print(f"  retry {i}: {type(e).__name__}: {e} (wait {delay})")
            delay *= 2
        except Exception as e:
            print(f"  fatal: {e!r}")
            return None
        else:
            return result
        finally:
            print(f"  attempt {i} done")
    return "exhausted"


for plan in (["ok"], ["timeout", "refused", "ok"], ["timeout", "bug"], ["timeout"] * 9):
    print(plan[:3], "->", run(plan))
e = ConnectionRefusedError(111, "Connection refused")
print(e.errno, e.strerror, e.args, isinstance(e, OSError), issubclass(TimeoutError, OSError))
