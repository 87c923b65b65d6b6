# Functions taking *args/**kwargs: config merging, keyword-only and defaults.
DEFAULTS = {"host": "localhost", "port": 8080, "debug": False}


def make_config(*sources, strict=False, **overrides):
    config = dict(DEFAULTS)
    for src in sources:
        config.update(src)
    config.update(overrides)
    if strict:
        unknown = sorted(set(config) - set(DEFAULTS))
        if unknown:
            raise TypeError(f"unknown settings: {', '.join(unknown)}")
    return config


print(make_config())
print(make_config({"port": 9000}, {"debug": True}, host="0.0.0.0"))
print(make_config({"colour": "blue"}))
try:
    make_config({"colour": "blue"}, strict=True, size=3)
except TypeError as e:
    print("TypeError:", e)


def connect(host, port=80, /, *, timeout=5.0, retries=3):
    return f"{host}:{port} timeout={timeout} retries={retries}"


print(connect("a"), connect("b", 443, retries=0))
for call in (lambda: connect("c", 1, 2), lambda: connect(host="d"), lambda: connect("e", tries=1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


def append_to(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target


def append_bad(item, target=[]):
    target.append(item)
    return target


print(append_to(1), append_to(2), append_bad(1), append_bad(2))
print(append_bad.__defaults__, connect.__kwdefaults__, make_config.__code__.co_argcount)
