# Parsing integers from user-style input in various bases, with error handling.
inputs = ["42", "-17", "  7  ", "0x1F", "0b101", "0o17", "1_000", "3.0", "", "twelve", "１２", "+5", "0_7", "09"]
for text in inputs:
    try:
        print(f"{text!r:>10} -> {int(text)}")
    except ValueError as e:
        print(f"{text!r:>10} !! {e}")
for text, base in [("ff", 16), ("FF", 16), ("z", 36), ("101", 2), ("0x1F", 16), ("0x1F", 0), ("0b12", 0),
                   ("777", 8), ("10", 1), ("1", 37)]:
    try:
        print(f"int({text!r}, {base}) = {int(text, base)}")
    except ValueError as e:
        print(f"int({text!r}, {base}) !! {e}")
print(int(True), int(-3.99), int("-0"), int(b"12") if False else 12, int(10**30 / 10**10))
print(str(-0), str(10**20), repr(2**64), (123).__str__(), format(-5, "05"))
