def log_calls(fn):
    def wrapper(*args, **kwargs):
        parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
        result = fn(*args, **kwargs)
        print(f"{fn.__name__}({', '.join(parts)}) -> {result!r}")
        return result
    return wrapper

def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco

@log_calls
def add(a, b=0):
    return a + b

@repeat(3)
def shout(word):
    return word.upper()

add(2, 3)
add(1, b=10)
print(shout("hey"))

@log_calls
@repeat(2)
def pair(x):
    return x * 2
pair(21)
