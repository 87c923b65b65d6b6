def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError("config is broken") from e

try:
    load("abc")
except RuntimeError as e:
    print(repr(e), "cause:", repr(e.__cause__), e.__suppress_context__)

try:
    try:
        {}["missing"]
    except KeyError:
        raise TypeError("while handling")
except TypeError as e:
    print(repr(e), "context:", repr(e.__context__), e.__cause__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("quiet") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))
