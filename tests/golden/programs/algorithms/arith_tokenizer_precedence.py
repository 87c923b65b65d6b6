import re
import operator

TOKEN = re.compile(r"""
    (?P<num>\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)
  | (?P<name>[A-Za-z_]\w*)
  | (?P<op>\*\*|[-+*/%(),=^])
  | (?P<ws>\s+)
  | (?P<bad>.)
""", re.VERBOSE)


class ParseError(Exception):
    pass


def tokenize(text):
    for m in TOKEN.finditer(text):
        kind = m.lastgroup
        if kind == "ws":
            continue
        if kind == "bad":
            raise ParseError(f"unexpected character {m.group()!r} at {m.start()}")
        value = m.group()
        if kind == "num":
            value = float(value) if any(ch in value for ch in ".eE") else int(value)
        yield kind, value
    yield "end", None


BINOPS = {"+": (1, operator.add), "-": (1, operator.sub), "*": (2, operator.mul),
          "/": (2, operator.truediv), "%": (2, operator.mod), "**": (3, operator.pow)}
FUNCS = {"max": max, "min": min, "abs": abs, "round": round}


class Parser:
    def __init__(self, text, env):
        self.tokens = list(tokenize(text))
        self.pos = 0
        self.env = env

    def peek(self):
        return self.tokens[self.pos]

    def advance(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expect(self, value):
        kind, v = self.advance()
        if v != value:
            raise ParseError(f"expected {value!r}, got {v!r}")

    def statement(self):
        if len(self.tokens) > 2 and self.tokens[1] == ("op", "=") and self.tokens[0][0] == "name":
            name = self.advance()[1]
            self.advance()
            value = self.expr(0)
            self.env[name] = value
            return value
        value = self.expr(0)
        if self.peek()[0] != "end":
            raise ParseError(f"trailing input {self.peek()[1]!r}")
        return value

    def expr(self, min_prec):
        left = self.unary()
        while True:
            kind, op = self.peek()
            if kind != "op" or op not in BINOPS:
                return left
            prec, fn = BINOPS[op]
            if prec < min_prec:
                return left
            self.advance()
            right = self.expr(prec if op == "**" else prec + 1)
            left = fn(left, right)

    def unary(self):
        kind, v = self.peek()
        if v == "-":
            self.advance()
            return -self.unary()
        return self.atom()

    def atom(self):
        kind, v = self.advance()
        if kind == "num":
            return v
        if kind == "name":
            if self.peek()[1] == "(":
                self.advance()
                args = [self.expr(0)]
                while self.peek()[1] == ",":
                    self.advance()
                    args.append(self.expr(0))
                self.expect(")")
                return FUNCS[v](*args)
            try:
                return self.env[v]
            except KeyError:
                raise NameError(f"undefined variable {v!r}") from None
        if v == "(":
            value = self.expr(0)
            self.expect(")")
            return value
        raise ParseError(f"unexpected {v!r}")


env = {"pi": 3.141592653589793}
lines = ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "x = 10 / 4", "x * 2",
         "7 % 3 + 1e3", "max(1, x, 2) + abs(-3)", "round(pi, 3)", "1 / 0", "y + 1",
         "3 $ 4", "(1 + 2", "1 2", "2 ** -1", "10 % -3", "1.5e-3 * 2", "round(2.675, 2)",
         "foo(1)", "9 ** 0.5"]
for line in lines:
    try:
        print(f"{line:<24} => {Parser(line, env).statement()!r}")
    except ParseError as e:
        print(f"{line:<24} !! parse error: {e}")
    except ZeroDivisionError as e:
        print(f"{line:<24} !! {type(e).__name__}: {e}")
    except (NameError, KeyError) as e:
        print(f"{line:<24} !! {type(e).__name__}: {e}")
print(sorted(env.items()))
print(re.sub(r"(\d+)", lambda m: str(int(m.group(1)) * 2), "a1b22c333"))
print(re.split(r"\s*([,;])\s*", "a , b;c ,d"))
print(re.findall(r"(\w)(\d)", "a1 b2 c"), re.fullmatch(r"\d+", "123x"))
m = re.search(r"(?P<key>\w+)=(?P<val>[^&]*)", "?a=1&b=2")
print(m, m.groupdict(), m.span("val"), m.expand(r"\g<val>-\1"))
print(re.escape("a.b*c?"), re.sub(r"^", "> ", "l1\nl2", flags=re.M))
print(re.compile(r"ab+", re.I).pattern, re.compile(r"x").flags)
try:
    re.compile("(unclosed")
except re.error as e:
    print("re.error:", e)
