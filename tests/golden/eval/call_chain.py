obj.method(1, *args, key=value, **kw)[0].attr
