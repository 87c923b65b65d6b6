# Evaluating a small expression tree of tuples with match.
def ev(node, env):
    match node:
        case int() | float() as n:
            return n
        case str() as name:
            return env[name]
        case ("neg", x):
            return -ev(x, env)
        case ("+" | "-" | "*" | "/" as op, left, right):
            a, b = ev(left, env), ev(right, env)
            match op:
                case "+":
                    return a + b
                case "-":
                    return a - b
                case "*":
                    return a * b
                case "/":
                    return a / b
        case ("let", str(name), value, body):
            return ev(body, {**env, name: ev(value, env)})
        case ("if", cond, then, other):
            return ev(then, env) if ev(cond, env) else ev(other, env)
        case ("call", "max", *args):
            return max(ev(a, env) for a in args)
        case _:
            raise SyntaxError(f"bad node {node!r}")


def show(node):
    match node:
        case (op, l, r) if op in "+-*/":
            return f"({show(l)} {op} {show(r)})"
        case ("neg", x):
            return f"-{show(x)}"
        case ("let", n, v, b):
            return f"let {n} = {show(v)} in {show(b)}"
        case _:
            return str(node)


exprs = [
    ("+", 1, ("*", 2, 3)),
    ("let", "x", 5, ("*", "x", ("neg", "x"))),
    ("/", ("-", 10, 4), 4),
    ("if", ("-", "a", 3), "a", 0),
    ("call", "max", 3, ("*", 2, 4), "a"),
    ("pow", 2, 3),
]
for e in exprs:
    try:
        print(show(e), "=>", ev(e, {"a": 3}))
    except SyntaxError as err:
        print("error:", err)
