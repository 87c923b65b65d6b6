# int() of plain decimal text (signs, spaces, leading zeros, 18/19/20 digits) and what
# the fast path must leave to the full parse (underscores, other digits, unicode spaces).
for s in ["0", "-0", "+5", " 42 ", "\t-17\n", "007", "123456789012345678", "-999999999999999999", "1234567890123456789", "99999999999999999999", "1_000", "", " ", "-", "+", "--1", "1 2", "٣", " \u00a012", "12\u2003", "0x10", "1e3", "١٢"]:
    try:
        print(repr(s), int(s), int(s, 10))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
print(int("10", 0), int(" 10 ", 16), int(b" 12 "), int(bytearray(b"-3")))
class S(str): pass
class I(int): pass
print(int(S(" 7")), type(int(S("7"))).__name__, str(I(5)), type(str(I(5))).__name__, str(S("x")), type(str(S("x"))).__name__, str(-12), str(True), int(True), int(-2.7))
