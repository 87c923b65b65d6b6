import _circ_a
print(_circ_a.VALUE, _circ_a._circ_b.VALUE)
import sys
try:
    import _circ_c
except ImportError as e:
    print(type(e).__name__, str(e).replace(__file__.rsplit("/", 1)[0], "D"))
    print(e.name, "_circ_c" in sys.modules, "_circ_d" in sys.modules)
import _circ_c
