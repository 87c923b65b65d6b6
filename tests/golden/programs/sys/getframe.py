# sys._getframe: the running frames as objects.
import sys

module_frame = sys._getframe()
print(module_frame.f_code.co_name, module_frame.f_back)
print(module_frame.f_globals is globals(), module_frame.f_locals is globals())
print(module_frame.f_builtins["len"] is len)


def current_line():
    return sys._getframe(1).f_lineno


print(current_line())
print(current_line(),
      current_line())


def describe_caller():
    frame = sys._getframe(1)
    code = frame.f_code
    return code.co_name, code.co_argcount, code.co_varnames, sorted(frame.f_locals)


def compute(a, b, *rest, scale=1):
    product = a * b * scale
    return describe_caller()


print(compute(2, 3, 4, scale=5))


def chain():
    names = []
    frame = sys._getframe()
    while frame is not None:
        names.append(frame.f_code.co_name)
        frame = frame.f_back
    return names


def level_two():
    return chain()


def level_one():
    return level_two()


print(level_one())
print(sys._getframe(0) is sys._getframe(), sys._getframe().f_code.co_name)


def identity():
    me = sys._getframe()
    again = sys._getframe()
    return me is again, me.f_back is sys._getframe(1)


print(identity())

# The locals dict is refreshed on each read while the frame runs.
def live_locals():
    frame = sys._getframe()
    total = 0
    first = dict(frame.f_locals)
    for i in range(3):
        total += i
    second = frame.f_locals
    return sorted(first), second["total"], second is frame.f_locals


print(live_locals())


# Lines move as the frame runs.
def lines():
    frame = sys._getframe()
    seen = [frame.f_lineno]
    seen.append(frame.f_lineno)
    return [n - seen[0] for n in seen]


print(lines())

# A class body's frame: its namespace is f_locals.
class Config:
    debug = True
    namespace = sorted(k for k in sys._getframe().f_locals if not k.startswith("__"))
    owner = sys._getframe().f_code.co_name


print(Config.namespace, Config.owner)

try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError:", e)
try:
    sys._getframe("x")
except TypeError as e:
    print("TypeError:", e)
print(type(sys._getframe()).__name__, isinstance(sys._getframe().f_lasti, int))


def gen():
    yield sys._getframe().f_code.co_name
    yield sys._getframe().f_back.f_code.co_name


print(list(gen()))
for name in gen():
    print(name)


# A frame's code object: what code objects expose.
def sample(x, y=2, *, z):
    w = x + y + z
    return sys._getframe().f_code


code = sample(1, z=3)
print(code.co_name, code.co_qualname, code.co_firstlineno, code.co_argcount, code.co_kwonlyargcount, code.co_varnames)
print(code.co_filename == __file__)


# A frame object kept after its function returned shows its last locals.
def remember(seed):
    doubled = seed * 2
    return sys._getframe()


kept = remember(21)
print(kept.f_code.co_name, sorted(kept.f_locals.items()), kept.f_back.f_code.co_name)
print(sys._getframe(-3).f_code.co_name, sys._getframe(False).f_code.co_name)
for bad in (2**40, 10**30, 1.5):
    try:
        sys._getframe(bad)
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
