print("b starts")
import _circ_a
VALUE = "b"
print("b sees a without VALUE:", hasattr(_circ_a, "VALUE"))
