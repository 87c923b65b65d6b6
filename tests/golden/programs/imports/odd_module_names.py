for args in [("",), (".",), ("a..b",), ("/etc/passwd",), ("\x00",), ("..x",), ("x.",), ("x", None, None, [], 10**6), ("x", {"__package__": 3}, None, [], 1), ("x", {}, None, [], 1), ("x", None, None, [3], 0), ("sys", None, None, [3], 0), ("x", None, None, None, -1)]:
    try:
        m = __import__(*args)
        print(args[:1], "->", m)
    except Exception as e:
        print(args[:1], type(e).__name__, e)
