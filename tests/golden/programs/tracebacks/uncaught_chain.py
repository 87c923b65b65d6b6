def parse(text):
    return int(text)

def load(items):
    try:
        return [parse(t) for t in items]
    except ValueError as e:
        raise RuntimeError("bad input") from e

print("start")
load(["1", "x"])
