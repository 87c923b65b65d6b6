# Writing progress to stderr and results to stdout, then a string exit code.
import sys

total = 0
for i in range(1, 6):
    total += i * i
    print(f"step {i}/5", file=sys.stderr)
    sys.stdout.write(f"partial {total}\n")
sys.stderr.write("done\n")
print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.byteorder, sys.version_info[:2] >= (3, 11))
print(type(sys.version).__name__, sys.version_info.major if hasattr(sys.version_info, "major") else 3)
sys.exit("exiting with a message")
