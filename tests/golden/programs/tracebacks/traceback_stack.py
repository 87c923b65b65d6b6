# The stack of the running program: extract_stack, format_stack,
# print_stack (to stderr, as by default), walk_stack.
import sys
import traceback


def report(depth):
    if depth > 0:
        return report(depth - 1)
    stack = traceback.extract_stack()
    print([(fs.name, fs.lineno, fs.line) for fs in stack])
    print(stack[-1].name, stack[-1].line)
    print("".join(traceback.format_stack(limit=2)).replace(__file__, "FILE"), end="")
    traceback.print_stack(limit=3)
    return [f.f_code.co_name for f, _ in traceback.walk_stack(None)]


print(report(2))


class Job:
    def __init__(self, name):
        self.name = name

    def run(self):
        return self.step()

    def step(self):
        frame = sys._getframe()
        return [fs.name for fs in traceback.extract_stack(frame)]


print(Job("nightly").run())


def outer():
    def inner():
        caller = sys._getframe(1)
        return traceback.extract_stack(caller, limit=1)[0]
    return inner()


fs = outer()
print(fs.name, fs.lineno, fs.line)
traceback.print_stack(sys._getframe(), file=sys.stdout)
