# A token report: what a syntax highlighter or a linter does with tokenize.
import io
import token
import tokenize

SOURCE = '''import os  # the OS
def greet(name: str) -> str:
    """Say hello.
    Twice."""
    msg = f"hi {name}" + 'x\\
y'
    if name:
        return msg * 2
    return (msg,
            None)
@decorator
class A: pass
'''

counts = {}
for tok in tokenize.generate_tokens(io.StringIO(SOURCE).readline):
    counts[tok.type] = counts.get(tok.type, 0) + 1
    if tok.type == tokenize.COMMENT:
        print("comment", repr(tok.string), "at", tok.start)
    if tok.type == tokenize.STRING:
        print("string", tok.start, tok.end, repr(tok.string), repr(tok.line))
for typ in sorted(counts):
    print(f"{token.tok_name[typ]:<10}{counts[typ]}")

def reader(lines):
    """A readline over a list of lines, b'' at the end."""
    it = iter(lines)
    return lambda: next(it, b"")


lines = [line.encode("utf-8") for line in SOURCE.splitlines(True)]
tokens = list(tokenize.tokenize(reader(lines)))
print(tokens[0])
print(tokens[1])
print(tokens[-1])
ops = [token.tok_name[t.exact_type] for t in tokens if t.type == token.OP]
print(ops)
print(tokenize.untokenize(tokens).decode("utf-8") == SOURCE)
print(tokenize.untokenize((t.type, t.string) for t in tokens)[:40])

# Encodings.
latin = [b"# -*- coding: latin-1 -*-\n", b"s = '\xe9t\xe9'\n"]
print(tokenize.detect_encoding(reader(latin)))
print([t.string for t in tokenize.tokenize(reader(latin))][:6])

# Errors.
for bad in ["x = (1,\n", "s = '''open\n", "if x:\n    a\n  b\n"]:
    seen = []
    try:
        for tok in tokenize.generate_tokens(io.StringIO(bad).readline):
            seen.append(tok.string)
    except tokenize.TokenError as e:
        print("TokenError", e.args, seen)
    except IndentationError as e:
        print("IndentationError", e.args, seen)

print(token.ISTERMINAL(token.NAME), token.ISNONTERMINAL(300), token.ISEOF(token.ENDMARKER))
print(token.NT_OFFSET, token.N_TOKENS, token.EXACT_TOKEN_TYPES["**="])
