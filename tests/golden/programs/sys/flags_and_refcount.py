# sys.flags reads the options a program was started with; sys.getrefcount
# exists (its count is CPython's own business, so only its type is shown).
import sys

f = sys.flags
print(type(f).__name__, len(f) >= 17)
print("optimize", f.optimize, "debug", f.debug, "inspect", f.inspect)
print("isolated", f.isolated, "verbose", f.verbose, "quiet", f.quiet)
print("dev_mode", f.dev_mode, "safe_path", f.safe_path, "int_max_str_digits", f.int_max_str_digits)
print(isinstance(f, tuple), f[3] == f.optimize)
if not sys.flags.optimize:
    print("asserts are on")
x = []
print(type(sys.getrefcount(x)).__name__, sys.getrefcount(x) >= 1)
