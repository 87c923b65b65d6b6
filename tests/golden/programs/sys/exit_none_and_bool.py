# sys.exit(None) is success, sys.exit(True) is status 1.
import sys

print("argv has", len(sys.argv), "entry")
print(sys.argv[0].endswith("exit_none_and_bool.py"))
codes = []
for arg in (None, 0, False, True, 7):
    try:
        sys.exit(arg)
    except SystemExit as e:
        codes.append(e.code)
print(codes)
sys.stdout.write("before exit\n")
sys.exit(True)
