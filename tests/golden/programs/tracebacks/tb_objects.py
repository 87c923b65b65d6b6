# Traceback objects: the chain an exception carries, and what each link knows.
import sys
import types


def parse_record(text):
    name, _, age = text.partition(":")
    return name, int(age)


def load(lines):
    return [parse_record(line) for line in lines]


def describe(tb):
    rows = []
    while tb is not None:
        code = tb.tb_frame.f_code
        rows.append((code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return rows


try:
    load(["ann:31", "bob:x"])
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, isinstance(tb, types.TracebackType))
    print(describe(tb))
    print(tb.tb_frame.f_lineno == tb.tb_lineno, tb.tb_next.tb_frame.f_lineno == tb.tb_next.tb_lineno)
    print(isinstance(tb.tb_lasti, int), tb.tb_lasti >= 0, tb.tb_lasti % 2 == 0)
    print(tb.tb_frame.f_code.co_filename == __file__)
    print(tb.tb_frame is sys._getframe())
    etype, value, etb = sys.exc_info()
    print(etype is ValueError, value is e, etb is tb)
    print(e.__traceback__ is e.__traceback__)

# with_traceback: attach, replace, clear
err = RuntimeError("later")
print(err.__traceback__)
try:
    load(["x"])
except ValueError as e:
    saved = e.__traceback__
print(err.with_traceback(saved) is err, err.__traceback__ is saved)
err.__traceback__ = None
print(err.__traceback__)
try:
    err.__traceback__ = "nope"
except TypeError as e:
    print("TypeError:", e)
try:
    err.with_traceback(42)
except TypeError as e:
    print("TypeError:", e)

# Raising an exception with a traceback extends it at the front.
try:
    raise err.with_traceback(saved)
except RuntimeError as e:
    rows = describe(e.__traceback__)
    print(rows[0][0], [r[0] for r in rows[1:]])
    print(e.__traceback__.tb_next is saved)

# tb_next is writable, but not to a loop or a non-traceback.
try:
    load(["carl:1", "dee"])
except ValueError as e:
    head = e.__traceback__
    second = head.tb_next
    head.tb_next = None
    print(describe(head))
    head.tb_next = second
    print(len(describe(head)))
    try:
        second.tb_next = head
    except ValueError as loop:
        print("ValueError:", loop)
    try:
        head.tb_next = 3
    except TypeError as bad:
        print("TypeError:", bad)
    try:
        head.tb_lineno = 3
    except AttributeError:
        print("tb_lineno is read-only")


# A re-raise keeps the original entries; a new raise in a handler starts a chain.
def reraiser():
    try:
        {}["k"]
    except KeyError:
        raise


try:
    reraiser()
except KeyError as e:
    print(describe(e.__traceback__))
    # The frame went on to the `raise`; the entry still shows where `{}["k"]` failed.
    last = e.__traceback__.tb_next
    print(last.tb_frame.f_lineno, last.tb_lineno)


def converter():
    try:
        {}["k"]
    except KeyError as exc:
        raise LookupError("converted") from exc


try:
    converter()
except LookupError as e:
    print(describe(e.__traceback__))
    print(describe(e.__cause__.__traceback__))

# No exception being handled.
print(sys.exc_info())
