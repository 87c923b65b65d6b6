# An exception leaving @contextmanager blocks keeps the traceback it came
# with (no contextlib or generator frames), as __exit__ receives the real
# traceback object and CPython's contextlib restores it.
import contextlib
import traceback

@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    finally:
        print(f"</{name}>")

class Report:
    def __enter__(self):
        return self
    def __exit__(self, typ, value, tb):
        print("exit sees", typ.__name__, tb is value.__traceback__, tb.tb_lineno)
        print("".join(traceback.format_tb(tb)).rstrip())
        return False

def work():
    with Report():
        with tag("outer"), tag("inner"):
            raise ValueError("escapes")

work()
