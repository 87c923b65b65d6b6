import sys, io
def hook(v):
    print("HOOK", repr(v))
sys.displayhook = hook
exec(compile("1 + 1", "<s>", "single")); exec(compile("None", "<s>", "single"))
sys.displayhook = sys.__displayhook__
exec(compile("[1, 2]", "<s>", "single"))
import builtins
print(builtins._)
buf = io.StringIO()
old = sys.stdout; sys.stdout = buf
exec(compile("42", "<s>", "single"))
sys.stdout = old
print(repr(buf.getvalue()))
del sys.displayhook
try:
    exec(compile("5", "<s>", "single"))
except RuntimeError as e:
    print("RuntimeError:", e)
