# sys.exc_info() through nested handlers, generators and finally blocks.
import sys


def show(label):
    kind, value, tb = sys.exc_info()
    if kind is None:
        print(label, None)
    else:
        print(label, kind.__name__, value, tb.tb_frame.f_code.co_name, tb.tb_lineno)


show("start")
try:
    raise KeyError("outer")
except KeyError:
    show("outer handler")
    try:
        raise ValueError("inner")
    except ValueError:
        show("inner handler")
    show("back in outer")
show("after")


def cleanup():
    try:
        raise OSError("disk")
    finally:
        show("finally")


try:
    cleanup()
except OSError:
    show("caught")


try:
    raise TypeError("kept")
except TypeError:
    info = sys.exc_info()
print(info[0].__name__, info[1], info[2].tb_frame is sys._getframe(), sys.exc_info()[0])
print(sys.exception())
try:
    raise ValueError("now")
except ValueError:
    print(repr(sys.exception()))
