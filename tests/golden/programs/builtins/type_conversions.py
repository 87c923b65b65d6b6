print(list("abc"), tuple([1, 2]), set([1, 1, 2]), dict([(1, 2)]), list({"a": 1}))
print(int(True), float(3), int("  -17 "), float("1e3"), str(b"x"), bytes([65, 66]), bytes("hi", "ascii"))
print(list(range(3)) == [0, 1, 2], str(12).zfill(4), int(float("3.0")))
for bad in ["3.5", "", "0x10"]:
    try:
        print(int(bad))
    except ValueError as e:
        print("ValueError:", e)
print(int("0x10", 16), int("0x10", 0), int("0o17", 0), float("-inf"))
print(bool([]), bool([0]), bool(0.0), bool(""), bool(" "), bool(None))
