# Tokenising and evaluating arithmetic with a shunting-yard parser.
def tokens(src):
    out, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            out.append(float(text) if "." in text else int(text))
            i = j
        elif ch in "+-*/()^%":
            out.append(ch)
            i += 1
        else:
            raise SyntaxError(f"unexpected {ch!r} at {i}")
    return out


PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}


def to_rpn(toks):
    out, ops = [], []
    for t in toks:
        if isinstance(t, (int, float)):
            out.append(t)
        elif t == "(":
            ops.append(t)
        elif t == ")":
            while ops[-1] != "(":
                out.append(ops.pop())
            ops.pop()
        else:
            while ops and ops[-1] != "(" and (PREC[ops[-1]] > PREC[t] or PREC[ops[-1]] == PREC[t] and t != "^"):
                out.append(ops.pop())
            ops.append(t)
    return out + ops[::-1]


def evaluate(rpn):
    stack = []
    for t in rpn:
        if not isinstance(t, str):
            stack.append(t)
            continue
        b, a = stack.pop(), stack.pop()
        stack.append({"+": a + b, "-": a - b, "*": a * b, "^": a ** b}.get(t) if t in "+-*^"
                     else a / b if t == "/" else a % b)
    return stack[0]


for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "10 / 4 - 1.5", "7 % 3 + 2 ^ 10", "((2))"]:
    rpn = to_rpn(tokens(src))
    print(f"{src:<16} rpn={' '.join(map(str, rpn)):<20} = {evaluate(rpn)}")
for bad in ["2 $ 3", "1 / 0"]:
    try:
        print(evaluate(to_rpn(tokens(bad))))
    except (SyntaxError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
