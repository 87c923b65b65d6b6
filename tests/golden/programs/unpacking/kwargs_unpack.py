def connect(host, port=80, *, timeout=10, **extra):
    return f"{host}:{port} timeout={timeout} extra={sorted(extra.items())}"

opts = {"port": 8443, "timeout": 3}
print(connect("example.org", **opts))
print(connect(*["local", 22]))
print(connect("h", **{"retries": 2, "tls": True}))
args = ("db", 5432)
print(connect(*args, timeout=1, pool=4))
