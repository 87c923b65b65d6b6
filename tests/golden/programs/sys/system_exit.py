import sys
print("before")
try:
    sys.exit("goodbye")
finally:
    print("finally runs")
