values = [0, -1, 3.5, 1e-10, "text", "it's", 'q"uote', "new\nline", [1, [2]], (1,), (), {"k": [1, 2]}, None, True, b"bytes\x00"]
for v in values:
    print(repr(v), str(v), type(v).__name__)
print(eval(repr([1, "a", (2.5, None)])) == [1, "a", (2.5, None)])
