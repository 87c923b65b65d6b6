import sys
print(len(sys.argv), sys.argv[0].endswith("argv_exit.py"))
print(sys.maxsize, sys.version_info[0], sys.version_info[:2] >= (3, 11))
print(type(sys.path).__name__, sys.byteorder in ("little", "big"))
sys.stdout.write("before exit\n")
sys.exit(3)
print("unreachable")
