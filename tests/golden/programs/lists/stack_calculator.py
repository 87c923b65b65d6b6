# A stack-based calculator with undo, using a list as a stack.
def run(program):
    stack, history = [], []
    for tok in program.split():
        history.append(list(stack))
        if tok.lstrip("-").isdigit():
            stack.append(int(tok))
        elif tok in ("+", "-", "*", "/", "%"):
            if len(stack) < 2:
                raise IndexError(f"{tok!r} needs two operands, stack is {stack}")
            b, a = stack.pop(), stack.pop()
            stack.append({"+": a + b, "-": a - b, "*": a * b, "/": a // b, "%": a % b}[tok])
        elif tok == "dup":
            stack.append(stack[-1])
        elif tok == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif tok == "undo":
            history.pop()
            stack = history.pop() if history else []
        elif tok == "sum":
            stack[:] = [sum(stack)]
        else:
            raise ValueError(f"unknown token {tok!r}")
    return stack


programs = ["3 4 + 2 *", "1 2 3 4 sum", "5 dup *", "10 3 swap -", "7 2 % 9 undo 4 +",
            "1 +", "2 0 /", "4 frob", "-3 -4 *"]
for p in programs:
    try:
        print(f"{p:<20} => {run(p)}")
    except (IndexError, ValueError, ZeroDivisionError) as e:
        print(f"{p:<20} !! {type(e).__name__}: {e}")
