# Building a wire-protocol header with bytes %-formatting by key.
fields = {b"method": b"GET", b"path": b"/index.html", b"length": 42, b"ratio": 0.5}
header = b"%(method)s %(path)s HTTP/1.1\r\nContent-Length: %(length)d\r\nQ: %(ratio).2f\r\n" % fields
print(header)
print(bytearray(b"%(method)-6s|%(length)05d|") % fields)
print(b"%(method)s %% %(method)r" % fields)

for template, mapping in [(b"%(missing)s", fields), (b"%(method)s", {"method": "GET"})]:
    try:
        template % mapping
    except KeyError as e:
        print("KeyError:", e)
