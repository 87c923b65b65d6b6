# sys.set_int_max_str_digits and the limit it sets on str(int), int(str),
# format() and json (a program printing a 5000-digit factorial lifts it).
import sys, json
print(sys.int_info, sys.get_int_max_str_digits())
try: sys.set_int_max_str_digits(100)
except ValueError as e: print(e)
big = 10 ** 5000
try:
    print(len(str(big)))
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(0)
print(len(str(big)), len(f"{big:,}"), len(json.dumps(big)), int("7" * 6000) % 1000)
sys.set_int_max_str_digits(1000)
for f in (lambda: str(10**2000), lambda: int('1'*2000), lambda: json.loads("1" * 1500), lambda: format(10**1500, "d"), lambda: repr(10**1001)):
    try:
        f()
        print("ok")
    except ValueError as e:
        print(e)
print(sys.get_int_max_str_digits(), len(str(10**999)))
sys.set_int_max_str_digits(maxdigits=640)
try: sys.set_int_max_str_digits(-1)
except ValueError as e: print(e)
import math
sys.set_int_max_str_digits(0)
print(str(math.factorial(2000))[:20], len(str(math.factorial(2000))))
