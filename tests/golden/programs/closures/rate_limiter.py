# Closures with mutable state: a fake-clock rate limiter and a once() wrapper.
def make_clock():
    now = [0.0]

    def advance(dt):
        now[0] += dt

    return (lambda: now[0]), advance


def rate_limited(per_second, clock):
    def decorate(fn):
        last = None
        dropped = 0

        def wrapper(*args):
            nonlocal last, dropped
            t = clock()
            if last is not None and t - last < 1 / per_second:
                dropped += 1
                return None
            last = t
            return fn(*args)

        wrapper.dropped = lambda: dropped
        return wrapper
    return decorate


def once(fn):
    done = False
    result = None

    def wrapper(*args, **kwargs):
        nonlocal done, result
        if not done:
            result = fn(*args, **kwargs)
            done = True
        return result
    return wrapper


clock, advance = make_clock()


@rate_limited(2, clock)
def ping(n):
    return f"ping {n} at {clock():.2f}"


for n in range(10):
    r = ping(n)
    if r:
        print(r)
    advance(0.3)
print("dropped", ping.dropped())


@once
def init(config):
    print("initialising with", config)
    return {"ready": True, **config}


print(init({"a": 1}), init({"b": 2}))
