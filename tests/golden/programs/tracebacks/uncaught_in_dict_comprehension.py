# A ValueError inside a dict comprehension fed by a generator expression.
def parse(rows):
    return {k: int(v) for k, v in (r.split("=") for r in rows)}

print(parse(["a=1", "b=2"]))
print(parse(["a=1", "b=x"]))
