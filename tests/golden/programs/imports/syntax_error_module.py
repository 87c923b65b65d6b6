try:
    import _bad_syntax
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text), e.filename.rsplit("/", 1)[1])
import _bad_syntax
