print("a starts")
import _circ_b
VALUE = "a"
print("a ends", _circ_b.VALUE)
