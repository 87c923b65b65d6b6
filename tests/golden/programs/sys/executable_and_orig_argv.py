# sys.executable names the running interpreter by an absolute path;
# sys.orig_argv is its own command line, which ends with sys.argv.
import os
import sys

exe = sys.executable
print(type(exe).__name__, os.path.isabs(exe), len(exe) > 1)
print(type(sys.orig_argv).__name__, all(isinstance(a, str) for a in sys.orig_argv))
print(sys.orig_argv[-len(sys.argv):] == sys.argv)
print(len(sys.orig_argv) > len(sys.argv))
print(os.path.basename(sys.argv[0]))
