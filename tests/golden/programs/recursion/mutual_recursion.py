# Mutual recursion: even/odd, Hofstadter sequences, and a tiny JSON printer.
def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


def female(n):
    return 1 if n == 0 else n - male(female(n - 1))


def male(n):
    return 0 if n == 0 else n - female(male(n - 1))


def dump(value, indent=0):
    pad = "  " * indent
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [f'{pad}  "{k}": {dump(v, indent + 1)}' for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, list):
        return "[" + ", ".join(dump(v, indent) for v in value) + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, str):
        return '"' + value.replace('"', '\\"') + '"'
    return repr(value)


print([is_even(n) for n in range(6)], is_odd(99))
print([female(n) for n in range(15)])
print([male(n) for n in range(15)])
doc = {"name": "strata", "tags": ["vm", "python"], "meta": {"stars": 42, "ok": True, "parent": None, "empty": {}},
       "quote": 'say "hi"', "ratio": 0.5}
print(dump(doc))
