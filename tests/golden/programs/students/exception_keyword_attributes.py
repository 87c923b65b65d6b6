for src in ['AttributeError("m", foo=1)', 'ValueError("x", a=1)', 'ImportError("m", obj=1)', 'NameError(name="q").args',
            'ModuleNotFoundError("m", name="z").name', 'KeyError(a=1)', 'AttributeError("m", name="n", obj=3).obj',
            'AttributeError("x").name', 'AttributeError("x").obj', 'NameError("y").name', 'ImportError("i").path',
            'ImportError("i", name="a", path="b").path', 'UnboundLocalError("u").name', 'Exception()', 'OSError(2, "x", "f").filename']:
    try:
        print(src, "->", repr(eval(src)))
    except TypeError as e:
        print(src, "TypeError:", e)
class MyErr(AttributeError):
    pass
print(MyErr("m").name, repr(MyErr("m")))
try:
    import no_such_mod_xyz
except ImportError as e:
    print(e.name, e.path)
try:
    [].frob
except AttributeError as e:
    print(e.name, e.obj)
e = AttributeError("m", name="n", obj=3)
print(e.__dict__ if False else "", e.name, e.obj, e.args)
raise AttributeError("custom", name="lenght", obj=[1])
