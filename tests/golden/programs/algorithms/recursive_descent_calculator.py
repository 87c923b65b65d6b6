"""Tokenizer + recursive-descent calculator with variables and functions."""
import math
import re
from collections import namedtuple

Token = namedtuple("Token", "kind text pos")

TOKEN_RE = re.compile(r"""
    (?P<NUM>\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)
  | (?P<NAME>[A-Za-z_]\w*)
  | (?P<OP>\*\*|[-+*/%^(),=])
  | (?P<WS>\s+)
  | (?P<ERR>.)
""", re.VERBOSE)


class CalcError(Exception):
    pass


def tokenize(src):
    for m in TOKEN_RE.finditer(src):
        kind = m.lastgroup
        if kind == "WS":
            continue
        if kind == "ERR":
            raise CalcError(f"unexpected character {m.group()!r} at {m.start()}")
        yield Token(kind, m.group(), m.start())
    yield Token("EOF", "", len(src))


class Parser:
    FUNCS = {"sin": math.sin, "cos": math.cos, "sqrt": math.sqrt, "max": max, "min": min, "abs": abs,
             "log": math.log, "hypot": math.hypot}

    def __init__(self, text, env):
        self.toks = list(tokenize(text))
        self.i = 0
        self.env = env

    @property
    def cur(self):
        return self.toks[self.i]

    def eat(self, text=None, kind=None):
        t = self.cur
        if (text is not None and t.text != text) or (kind is not None and t.kind != kind):
            raise CalcError(f"expected {text or kind} at {t.pos}, got {t.text or 'end'!r}")
        self.i += 1
        return t

    def statement(self):
        if self.cur.kind == "NAME" and self.toks[self.i + 1].text == "=":
            name = self.eat(kind="NAME").text
            self.eat("=")
            value = self.expr()
            self.env[name] = value
            result = value
        else:
            result = self.expr()
        self.eat(kind="EOF")
        return result

    def expr(self):
        value = self.term()
        while self.cur.text in ("+", "-"):
            op = self.eat().text
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.factor()
        while self.cur.text in ("*", "/", "%"):
            op = self.eat().text
            rhs = self.factor()
            if op == "*":
                value *= rhs
            elif op == "/":
                value /= rhs
            else:
                value %= rhs
        return value

    def factor(self):
        if self.cur.text in ("-", "+"):
            op = self.eat().text
            v = self.factor()
            return -v if op == "-" else v
        base = self.atom()
        if self.cur.text in ("**", "^"):
            self.eat()
            return base ** self.factor()
        return base

    def atom(self):
        t = self.cur
        if t.kind == "NUM":
            self.eat()
            return float(t.text) if any(c in t.text for c in ".eE") else int(t.text)
        if t.kind == "NAME":
            self.eat()
            if self.cur.text == "(":
                self.eat("(")
                args = [self.expr()]
                while self.cur.text == ",":
                    self.eat(",")
                    args.append(self.expr())
                self.eat(")")
                try:
                    return self.FUNCS[t.text](*args)
                except KeyError:
                    raise CalcError(f"unknown function {t.text}") from None
            if t.text not in self.env:
                raise CalcError(f"undefined variable {t.text!r}")
            return self.env[t.text]
        if t.text == "(":
            self.eat("(")
            v = self.expr()
            self.eat(")")
            return v
        raise CalcError(f"unexpected {t.text or 'end of input'!r} at {t.pos}")


env = {"pi": math.pi, "e": math.e}
lines = [
    "1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ^ 2", "10 / 4", "10 % 3", "7 % -3",
    "x = 5", "y = x * 2 + 1", "y / x", "sqrt(16) + hypot(3, 4)", "max(1, x, y, 3)",
    "sin(pi / 2)", "log(e ** 3)", "1e3 + 2.5e-1", "2 ** 100", "2 ** -1", "1 / 0",
    "foo(1)", "z + 1", "3 +", "4 $ 4", "(1 + 2", "0.1 + 0.2", "1.5e300 * 1e10", "-(-(-3))",
    "abs(-7.25)", "100000000000000000000 * 3", "sqrt(-1)",
]
for line in lines:
    try:
        result = Parser(line, env).statement()
    except CalcError as e:
        print(f"{line:<28} !! {e}")
    except (ZeroDivisionError, ValueError, OverflowError) as e:
        print(f"{line:<28} !! {type(e).__name__}: {e}")
    else:
        print(f"{line:<28} => {result!r}")
print(sorted(env.items()))
print(list(tokenize("a=1.5*(b+2)"))[:4])
