# Exception context: implicit chaining, suppression and the traceback printed to stderr.
def parse_all(items):
    out = []
    for item in items:
        try:
            out.append(int(item))
        except ValueError:
            try:
                out.append(float(item))
            except ValueError:
                out.append(None)
    return out


print(parse_all(["1", "2.5", "x", "1e3"]))


def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError(f"no entry for {key!r} in table of {len(table)}")


try:
    lookup({"a": 1}, "b")
except LookupError as e:
    ctx = e.__context__
    print(type(e).__name__, e, "| context:", type(ctx).__name__, ctx)
    print(e.__cause__, e.__suppress_context__)
try:
    try:
        raise ValueError("first")
    finally:
        print("finally sees the error in flight")
except ValueError as e:
    print("caught", e)
try:
    raise TypeError("a") from ValueError("b")
except TypeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
lookup({}, "missing")
