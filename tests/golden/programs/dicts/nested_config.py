defaults = {"server": {"host": "localhost", "port": 8000, "tls": {"enabled": False}}, "debug": False}
override = {"server": {"port": 9000, "tls": {"enabled": True, "cert": "x.pem"}}, "workers": 4}

def merge(a, b):
    out = dict(a)
    for k, v in b.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = merge(out[k], v)
        else:
            out[k] = v
    return out

def flatten(d, prefix=""):
    items = {}
    for k, v in d.items():
        key = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict):
            items.update(flatten(v, key))
        else:
            items[key] = v
    return items

cfg = merge(defaults, override)
print(cfg)
for k, v in flatten(cfg).items():
    print(f"{k} = {v!r}")
print(defaults["server"]["port"])
