import sys
print("normal output")
print("warning: something odd", file=sys.stderr)
sys.stderr.write("raw stderr line\n")
print("more output")
try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit", e.code)
raise SystemExit(5)
