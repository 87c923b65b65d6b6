import sys
try:
    import _broken_body
except ZeroDivisionError as e:
    print("caught", e, "_broken_body" in sys.modules)
import _broken_body
