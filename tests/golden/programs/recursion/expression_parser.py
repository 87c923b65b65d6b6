# A recursive-descent parser for arithmetic with precise error messages.
def parse(src):
    pos = 0

    def peek():
        nonlocal pos
        while pos < len(src) and src[pos] == " ":
            pos += 1
        return src[pos] if pos < len(src) else ""

    def expect(ch):
        nonlocal pos
        if peek() != ch:
            raise SyntaxError(f"expected {ch!r} at {pos}, found {peek() or 'end'!r}")
        pos += 1

    def number():
        nonlocal pos
        start = pos
        while pos < len(src) and (src[pos].isdigit() or src[pos] == "."):
            pos += 1
        if start == pos:
            raise SyntaxError(f"expected a number at {start}")
        return float(src[start:pos])

    def atom():
        nonlocal pos
        ch = peek()
        if ch == "(":
            pos += 1
            v = expr()
            expect(")")
            return v
        if ch == "-":
            pos += 1
            return -atom()
        return number()

    def power():
        base = atom()
        if peek() == "^":
            nonlocal pos
            pos += 1
            return base ** power()
        return base

    def term():
        nonlocal pos
        v = power()
        while peek() in ("*", "/") and peek():
            op = src[pos]
            pos += 1
            rhs = power()
            v = v * rhs if op == "*" else v / rhs
        return v

    def expr():
        nonlocal pos
        v = term()
        while peek() in ("+", "-") and peek():
            op = src[pos]
            pos += 1
            v = v + term() if op == "+" else v - term()
        return v

    result = expr()
    if peek():
        raise SyntaxError(f"unexpected {peek()!r} at {pos}")
    return result


for s in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-(4 - 6) * 2.5", "((((7))))", "8 / 0.5 / 2",
          "1 +", "(1 + 2", "3 4", "", "2 * x"]:
    try:
        print(f"{s!r:>18} = {parse(s)}")
    except SyntaxError as e:
        print(f"{s!r:>18} ! {e}")
