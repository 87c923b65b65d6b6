# inspect's view of frames: currentframe, stack, getframeinfo, trace.
import inspect
import sys


def caller_name():
    return inspect.currentframe().f_back.f_code.co_name


def process_order():
    return caller_name()


print(process_order())


def where():
    info = inspect.getframeinfo(inspect.currentframe().f_back)
    return info.function, info.lineno, info.code_context, info.index


def business_logic():
    return where()


print(business_logic())


def show_stack():
    for record in inspect.stack():
        print(record.function, record.lineno, record.code_context, record.index, record.filename == __file__)
    print(inspect.stack(context=0)[0].code_context)
    print(inspect.stack()[1][3])


def wrapper():
    show_stack()


wrapper()


def failing(n):
    local_value = n * 3
    raise ArithmeticError(local_value)


try:
    failing(4)
except ArithmeticError:
    for record in inspect.trace():
        print(record.function, record.lineno, record.code_context)
    print(inspect.trace()[-1].frame.f_locals)
    tb = sys.exc_info()[2]
    print([r.function for r in inspect.getinnerframes(tb, context=0)])
    print(inspect.getlineno(tb.tb_next.tb_frame))
    print(inspect.istraceback(tb), inspect.isframe(tb.tb_frame), inspect.isframe(tb))

frame = inspect.currentframe()
print(frame.f_code.co_name, inspect.getlineno(frame))
print([r.function for r in inspect.getouterframes(frame)])
print(inspect.getframeinfo(frame, context=3).code_context)
