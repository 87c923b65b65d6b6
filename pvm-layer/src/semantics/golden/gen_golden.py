"""Writes the golden data of the semantics tests from CPython 3.11.

    cd pvm-layer/src/semantics/golden && PYTHONHASHSEED=0 python3 gen_golden.py

One file per module (`int_ops.txt`, ...): one case a line, tab-separated:
the operation, its arguments, then `ok:` and the result or `err:Class:message`.
Fields escape backslash, tab, newline and control characters as `\\u{hex}`.
"""
import math
import os
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), "generate with CPython 3.11"
assert os.environ.get("PYTHONHASHSEED") == "0", "run with PYTHONHASHSEED=0"
rng = random.Random(311)


def enc(s):
    out = []
    for c in str(s):
        if c == "\\":
            out.append("\\\\")
        elif c == "\t":
            out.append("\\t")
        elif c == "\n":
            out.append("\\n")
        elif ord(c) < 0x20 or ord(c) == 0x7F:
            out.append("\\u{%x}" % ord(c))
        else:
            out.append(c)
    return "".join(out)


def fr(x):
    """A float as the tests render it: its repr."""
    return repr(x)


class Writer:
    def __init__(self, name):
        self.f = open(name + ".txt", "w", encoding="utf-8", newline="\n")
        self.n = 0

    def case(self, op, args, thunk, render=str):
        try:
            r = "ok:" + render(thunk())
        except Exception as e:  # the error is the expected result
            r = "err:%s:%s" % (type(e).__name__, e if not isinstance(e, KeyError) else e.args[0])
        if any(0xD800 <= ord(c) <= 0xDFFF for c in r + "".join(map(str, args))):
            return
        self.f.write("\t".join([op] + [enc(a) for a in args] + [enc(r)]) + "\n")
        self.n += 1

    def close(self):
        self.f.close()
        print(self.f.name, self.n, "cases")


def interesting_ints():
    xs = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 255, -256, 2**31, -2**31, 2**63 - 1, -2**63,
          2**63, -2**63 - 1, 2**64, 10**20, -10**20, 12345678901234567890123, 2**100 + 1, -(3**70)]
    xs += [rng.randint(-1000, 1000) for _ in range(15)]
    xs += [rng.randint(-2**70, 2**70) for _ in range(10)]
    return xs


# ---------------------------------------------------------------- int_ops
def gen_int_ops():
    w = Writer("int_ops")
    xs = interesting_ints()
    small = [x for x in xs if -2**63 <= x < 2**63]
    for a in small[:25]:
        for b in small[:25]:
            w.case("floordiv_i64", [a, b], lambda: a // b)
            w.case("mod_i64", [a, b], lambda: a % b)
    for a in xs:
        for b in rng.sample(xs, 8) + [0]:
            w.case("floordiv", [a, b], lambda: a // b)
            w.case("modulo", [a, b], lambda: a % b)
            w.case("divmod", [a, b], lambda: divmod(a, b), lambda r: "%d,%d" % r)
            w.case("true_divide", [a, b], lambda: a / b, fr)
            w.case("and", [a, b], lambda: a & b)
            w.case("or", [a, b], lambda: a | b)
            w.case("xor", [a, b], lambda: a ^ b)
    for a, b in [(10**400, 3), (1, 10**400), (10**400, 10**399 + 1), (2**1100, 2**50), (1, 2**1074),
                 (1, 2**1075), (3, 2**1076), (2**53 + 1, 1), (2**54 + 3, 2), (10**309, 1), (-7, 3 * 2**1070)]:
        w.case("true_divide", [a, b], lambda: a / b, fr)
        w.case("true_divide", [-a, b], lambda: -a / b, fr)
    for a in xs + [2**1024, 2**1024 - 2**970, 2**1024 - 2**971, 2**53 + 1, 2**54 + 2, 2**54 + 6]:
        w.case("to_f64", [a], lambda: float(a), fr)
        w.case("invert", [a], lambda: ~a)
        w.case("str", [a], lambda: str(a))
        for r, fn in [(2, bin), (8, oct), (16, hex)]:
            w.case("radix", [a, r], lambda: fn(a))
        for n in [-1, 0, -2, -5, -20, -100, 3]:
            w.case("round", [a, n], lambda: round(a, n))
        for n in [0, 1, 3, 63, 64, 65, 200]:
            w.case("lshift", [a, n], lambda: a << n)
            w.case("rshift", [a, n], lambda: a >> n)
    w.case("lshift", [1, -1], lambda: 1 << -1)
    w.case("rshift", [1, -1], lambda: 1 >> -1)
    w.case("rshift", [-5, 10**30], lambda: -5 >> 10**30)
    w.case("round", [5, -10**4], lambda: round(5, -10**4))
    for a in [0, 1, -1, 2, -2, 3, 10, -10, 7**20, 0]:
        for b in [0, 1, 2, 3, -1, -2, -3, 10, 65, 200]:
            w.case("pow", [a, b], lambda: a ** b, lambda r: fr(r) if isinstance(r, float) else str(r))
    for a in [2, 3, -3, 10, 0, 1, 12345678901234567]:
        for b in [0, 1, 5, -1, -2, 100, 10**20]:
            for m in [1, -1, 7, -7, 0, 4, 2**61 - 1, 10**30 + 57]:
                w.case("pow_mod", [a, b, m], lambda: pow(a, b, m))
    texts = ["0", "1", "-1", "+5", " 42 ", "\t\n7\x0c", "1_000", "1__0", "_1", "1_", "0x1f", "0X1F", "0o17",
             "0b101", "0b", "0x", "0x_1f", "0x__1", "010", "00", "0_0", "-0", "12a", "z", "Z", "", " ",
             "- 1", "--1", "+-1", "1e5", "1.0", "١٢٣", "\u0663\u0664", "12\u00a0", "\u2003-3\u2003", "0b_1",
             "99999999999999999999999999", "9" * 4300, "9" * 4301, "1_" * 4300 + "1", "f" * 5000, "x" * 300,
             "0o8", "0b2", "0x1g", "1 2", "\x00", "٣x", "𝟗", "0" * 5000]
    for t in texts:
        for base in [0, 10, 16, 2, 8, 36, 3, 1, 37, -1]:
            w.case("parse_int", [t, base], lambda: int(t, base), hex)
    w.close()


# ---------------------------------------------------------------- float_ops
def floats():
    xs = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 2.5, -2.5, 0.1, 1e-300, 5e-324, -5e-324, 1e300,
          1.7976931348623157e308, 3.0, -3.0, 7.0, 1e16, 2.0**53, 0.3, 123.456, -987.654321, 1 / 3,
          float("inf"), float("-inf"), float("nan"), 0.125, 2.675, 1.005, 0.045, 1e22, 1e23]
    xs += [rng.uniform(-1000, 1000) for _ in range(12)]
    xs += [struct.unpack("<d", rng.getrandbits(64).to_bytes(8, "little"))[0] for _ in range(8)]
    return xs


def needs_complex(a, b):
    """Whether float_pow hands `a ** b` to complex (which may then overflow)."""
    return math.isfinite(a) and a < 0 and math.isfinite(b) and b != math.floor(b)


def gen_float_ops():
    w = Writer("float_ops")
    xs = floats()
    for a in xs:
        for b in rng.sample(xs, 10) + [0.0, -0.0, 1.0, -1.0, 2.0, 0.5, -0.5, 3.0, -3.0, 1 / 3]:
            w.case("floordiv", [fr(a), fr(b)], lambda: a // b, fr)
            w.case("modulo", [fr(a), fr(b)], lambda: a % b, fr)
            w.case("divmod", [fr(a), fr(b)], lambda: divmod(a, b), lambda r: fr(r[0]) + "," + fr(r[1]))
            w.case("true_divide", [fr(a), fr(b)], lambda: a / b, fr)
            w.case("pow", [fr(a), fr(b)], lambda: 1j if needs_complex(a, b) else a ** b,
                   lambda r: "complex" if isinstance(r, complex) else fr(r))
    for a in xs:
        w.case("to_int", [fr(a)], lambda: int(a))
        w.case("round_to_int", [fr(a)], lambda: round(a))
        w.case("is_integer", [fr(a)], lambda: a.is_integer())
        w.case("as_integer_ratio", [fr(a)], lambda: a.as_integer_ratio(), lambda r: "%d/%d" % r)
        w.case("hex", [fr(a)], lambda: a.hex())
        for n in [0, 1, 2, 3, 5, 10, 17, 20, 300, 400, -1, -2, -5, -20, -300, -308, -309, -400]:
            w.case("round", [fr(a), n], lambda: round(a, n), fr)
    for _ in range(150):
        a = rng.choice([rng.uniform(-10, 10), rng.uniform(-1e6, 1e6), rng.randint(-10**6, 10**6) / 1000,
                        rng.randint(-10**6, 10**6) / 8])
        n = rng.randint(-4, 6)
        w.case("round", [fr(a), n], lambda: round(a, n), fr)
    texts = ["0", "1", "-1", "+1.5", " 2.5 ", "1e5", "1E-5", "1e", "e5", ".5", "5.", ".", "-.5e-3", "inf",
             "-inf", "+inf", "Infinity", "-INFINITY", "nan", "-nan", "NaN", "nAn", "infinit", "in f",
             "1_000.5", "1__0", "_1", "1_", "1_.5", "1._5", "1e1_0", "1e_1", "0x10", "1.5.", "", " ",
             "١.٥", "1e400", "-1e400", "1e-400", "2.2250738585072011e-308", "4.9e-324", "2.4e-324",
             "0.1", "123456789012345678901234567890", "1,5", "\u20031.25\u2003", "1.5j", "abc",
             "9007199254740993", "1" * 400, "0.000001e6", "+", "-", "1e+", "1e-"]
    for t in texts:
        w.case("parse_float", [t], lambda: float(t), fr)
    hex_texts = ["0x1p0", "0x1.8p1", "-0x1.8p1", "1", "0x.8", "0x1.", "  0xAbC.dEfp-3 ", "0X1P+4", "+0x0p0",
                 "-0x0.0p+0", "0x1p-1074", "0x1p-1075", "0x1.8p-1074", "0x3p-1076", "0x1p-2000",
                 "0x1.fffffffffffffp1023", "0x1.fffffffffffff8p1023", "0x2p1023", "0x1p1024",
                 "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1.000000000000080001p0", "inf",
                 "-Infinity", "nan", "-NaN", "0x", "0xp1", "0x1p", "0x1p+", "0x1.2.3", "x1", "0x1g",
                 "", " ", "0x1p99999999999999999999", "0x1p-99999999999999999999", "0x0p99999999999",
                 "1e5", "0x1_0p0", "0x1 p0", "ff", "0x" + "f" * 300, "0x." + "0" * 300 + "1p1200"]
    for t in hex_texts:
        w.case("from_hex", [t], lambda: float.fromhex(t), fr)
    complex_texts = ["1+2j", "1-2j", "-1.5e3-2.5E-2J", "j", "-j", "+j", "1+j", "1-j", "3", "-3.5", "2j", " (1+2j) ",
                     "( 3-4j )", "1e+5+1e-5j", "1e5j", "inf+nanj", "-infj", "nan", "1_0+2_0j", "1 + 2j", "1+2 j",
                     "", "j1", "1+2jj", "(1+2j", "1+2j)", "()", "1++2j", "1+-2j", "e5j", "1e+j", "--1j", "١+٢j",
                     "\u20031+1j\u2003", "0x1+2j", "1.5.5j", ".5j", "5.j", "1E2", "+1.5", "J", "1+Infinityj"]
    for t in complex_texts:
        w.case("parse_complex", [t], lambda: complex(t), lambda z: fr(z.real) + "," + fr(z.imag))
    w.close()


# ---------------------------------------------------------------- hash
class Obj:
    pass


def gen_hash():
    w = Writer("hash")
    for a in interesting_ints() + [2**61 - 1, 2**61, 2**61 - 2, -(2**61 - 1), 2**122, 10**100, -10**100]:
        w.case("int", [a], lambda: hash(a))
    for a in floats() + [2.0**61, 2.0**-30, 1e-310, -1e-310, 2.0**-1074, 1.5e300]:
        if a == a:
            w.case("float", [fr(a)], lambda: hash(a))
    for re_ in [0.0, 1.0, -1.5, 1e300, float("inf")]:
        for im in [0.0, 1.0, -2.5, 1e-300, float("-inf")]:
            w.case("complex", [fr(re_), fr(im)], lambda: hash(complex(re_, im)))
    strs = ["", "a", "ab", "abc", "hello world", "12345678", "123456789", "é", "héllo", "€", "日本語",
            "😀", "a😀", "x" * 100, "\x00", "\u0100", "ÿ"]
    for s in strs:
        w.case("str", [s], lambda: hash(s))
        b = s.encode("utf-8")
        w.case("bytes", [b.hex()], lambda: hash(b))
    tuples = [(), (1,), (1, 2), (1, 2, 3), (-1,), (0, 0), ("a", 1), (1.5, "x", -7), (2**70, 3)]
    for t in tuples:
        w.case("tuple", [",".join(str(hash(x)) for x in t)], lambda: hash(t))
    for i in [0, 1, 16, 0x7f0000001230, 2**64 - 16, 2**64 - 1]:
        w.case("pointer", [i], lambda: object.__hash__(None) if False else _hash_pointer(i))
    w.close()


def _hash_pointer(p):
    y = ((p >> 4) | (p << 60)) & (2**64 - 1)
    y = y - 2**64 if y >= 2**63 else y
    return -2 if y == -1 else y


# ---------------------------------------------------------------- format_spec
def random_spec():
    parts = []
    if rng.random() < 0.3:
        parts.append(rng.choice(["", "*", "0", "x", "é", "{"]) + rng.choice("<>=^"))
    if rng.random() < 0.3:
        parts.append(rng.choice("+- "))
    if rng.random() < 0.1:
        parts.append("z")
    if rng.random() < 0.2:
        parts.append("#")
    if rng.random() < 0.2:
        parts.append("0")
    if rng.random() < 0.5:
        parts.append(str(rng.choice([1, 3, 5, 8, 12, 20])))
    if rng.random() < 0.25:
        parts.append(rng.choice([",", "_"]))
    if rng.random() < 0.4:
        parts.append("." + str(rng.choice([0, 1, 2, 3, 6, 10, 17, 25])))
    if rng.random() < 0.8:
        parts.append(rng.choice("bcdoxXneEfFgG%s"))
    return "".join(parts)


def gen_format():
    w = Writer("format")
    ints = [0, 1, -1, 7, -42, 255, 1234, -1234567, 10**12, 2**64, -(10**25), 65, 0x10FFFF, 0x110000]
    fls = [0.0, -0.0, 1.0, -1.5, 0.1, 2.5, 1234.5678, -9876543.21, 1e16, 1e-5, 1.5e300, 5e-324, 123456789.0,
           float("inf"), float("-inf"), float("nan"), 0.125, 0.375, 1e22, 99.995, 0.5, -0.0001, 1e100]
    strs = ["", "a", "abc", "hello world", "é日本", "x" * 20]
    cplx = [(0.0, 1.0), (1.0, 2.0), (-1.5, -0.0), (-0.0, 0.0), (1e20, -3.25), (float("inf"), float("nan"))]
    fixed = ["", "d", "10", "<10", ">10", "^10", "=10", "*^11", "010", "+", " ", "-", ",", "_", "_x", "_b",
             "#x", "#X", "#o", "#b", "#010x", "0=10", "x=10,", "010,", "012,.2f", ".2f", ".0f", "#.0f", ".3e",
             "#.0e", ".3g", "#.3g", "g", "G", "e", "E", "f", "F", "%", ".1%", "n", ".3", ".0", "#", "z", "z.2f",
             "+.3", "20.3", ".1000", ",.2f", "_.3e", "c", "#c", "+c", "=5c", "05c", "s", "x", ".2", ",d", ",s",
             ",x", "_n", ",_", "_,", "ii", "<<", "x<", ".", "1000000000000000000000", ".1000000000000000000000f",
             "=", "#s", "+s", " s", "zs", "zd", "0", "00", "1_000", "10.5s", "^", "\x00", "٣", "١٢",
             ".٣f", ">٥", "^-010,.3f", "< 12.4e", "\t>8", "#.5g", "#g", "#G", ".17g", ".25f", ".30e",
             "+.0%", "z.0f", "z,.1f", "#.0%", "-^+", "\x80", "\x1f"]
    fixed = [f.replace("\\t", "\t").replace("\\x00", "\x00").replace("\\x80", "\x80").replace("\\x1f", "\x1f") for f in fixed]
    specs = fixed + [random_spec() for _ in range(250)]
    for spec in specs:
        for v in ints:
            w.case("int", [v, spec], lambda: format(v, spec))
        for v in fls:
            w.case("float", [repr(v), spec], lambda: format(v, spec))
        for v in strs:
            w.case("str", [v, spec], lambda: format(v, spec))
        for re_, im in cplx:
            w.case("complex", [repr(re_), repr(im), spec], lambda: format(complex(re_, im), spec))
        w.case("bool", [spec], lambda: format(True, spec) if spec else "True")
    for _ in range(300):
        v = rng.choice([rng.uniform(-1e6, 1e6), rng.uniform(-1, 1), rng.randint(-10**9, 10**9) / 100,
                        struct.unpack("<d", rng.getrandbits(64).to_bytes(8, "little"))[0]])
        spec = rng.choice(["", ".2f", ".3e", ".4g", ".10g", ".17g", "%", ".1f", ".12e", ".0e", ",.2f", "g", "e", "f"])
        w.case("float", [repr(v), spec], lambda: format(v, spec))
    w.close()


# ---------------------------------------------------------------- str_format
FORMAT_ARGS = ("a", "bb", "ccc", {"k": "K", "0": "z"})
FORMAT_KWARGS = {"x": "X", "y": "yy", "d": {"k": "dk"}, "w": "7"}


def gen_str_format():
    w = Writer("str_format")
    tokens = ["lit", " ", "{", "}", "{{", "}}", "{}", "{0}", "{1}", "{2}", "{5}", "{x}", "{y}", "{zz}", "{0!r}",
              "{!r}", "{x!s}", "{1!a}", "{0!x}", "{:>5}", "{0:^7}", "{x:{w}}", "{0:{1}}", "{:{}}", "{3[k]}",
              "{d[k]}", "{0[0]}", "{2[5]}", "{0[a]}", "{3[0]}", "{d[zz]}", "{0.a}", "{0.}", "{0[}", "{0[]}",
              "{0]}", "{!}", "{0!", "{0!r", "{0:", "{0:{", "{0[0]x}", "{0:{1:{2}}}", "{0!rr}", "{ 0}", "{-1}",
              "{00}", "{\u0661}", "{9999999999999999999999}", "{0:{{}}}", "{a{b}", "{0[0]", "{3[k]!r:>9}",
              "{:}", "{0:}", "{x:<3}", "{0:s}", "{0:d}", "{3:}", "{3:>4}"]
    templates = list(tokens)
    for _ in range(2500):
        templates.append("".join(rng.choice(tokens) for _ in range(rng.randint(2, 4))))
    seen = set()
    for t in templates:
        t = t.replace("\\u0661", "\u0661")
        if t in seen:
            continue
        seen.add(t)
        w.case("format", [t], lambda: t.format(*FORMAT_ARGS, **FORMAT_KWARGS))
    w.close()


# ---------------------------------------------------------------- str_methods
def gen_str_methods():
    w = Writer("str_methods")
    strs = ["", "a", "abc", "  hello  world  ", "Hello World", "hello world", "HELLO", "a,b,,c", ",a,", "aaa",
            "abcabcabc", "\t x\ny \r\n z\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029end", "line1\nline2\r\nline3\r",
            "ß", "ﬁ", "ǆǅǄ", "ΣΑΣ", "ὈΔΥΣΣΕΎΣ", "aΣ b", "Σ", "aΣ.", "İstanbul", "ŉ", "ΐ", "ɐɑ", "Ǆemal", "123",
            "١٢٣", "½", "²", "Ⅻ", "x²", "a1", "_id", "1id", "héllo", "日本語", "😀", "\u00a0x\u3000",
            "\x00\x7f", "\u200b", "they're bill's", "tab\there\tand", "\t\t", "-42", "+7", "a\u0301b",
            "MiXeD cAsE", "ǈ", "ᾳ", "ᾼ"]
    for s in strs:
        for m in ["upper", "lower", "casefold", "title", "capitalize", "swapcase", "isdecimal", "isdigit",
                  "isnumeric", "isalpha", "isalnum", "isspace", "isascii", "isprintable", "isidentifier",
                  "islower", "isupper", "istitle", "strip", "lstrip", "rstrip", "split", "rsplit", "splitlines"]:
            w.case(m, [s], lambda: getattr(s, m)(), repr)
        w.case("splitlines_keep", [s], lambda: s.splitlines(True), repr)
        for arg in ["a", "b", "ab", "", " ", ",", "abc", "Σ", "l"]:
            for m in ["find", "rfind", "count", "index", "rindex", "startswith", "endswith"]:
                w.case(m, [s, arg], lambda: getattr(s, m)(arg), repr)
                w.case(m + "_range", [s, arg, 1, -1], lambda: getattr(s, m)(arg, 1, -1), repr)
                w.case(m + "_range", [s, arg, -3, 100], lambda: getattr(s, m)(arg, -3, 100), repr)
                w.case(m + "_range", [s, arg, 5, 2], lambda: getattr(s, m)(arg, 5, 2), repr)
                w.case(m + "_range", [s, arg, len(s), len(s)], lambda: getattr(s, m)(arg, len(s), len(s)), repr)
            for m in ["split", "rsplit", "partition", "rpartition", "strip", "lstrip", "rstrip"]:
                w.case(m + "_arg", [s, arg], lambda: getattr(s, m)(arg), repr)
            for n in [0, 1, 2, -1]:
                w.case("split_max", [s, arg, n], lambda: s.split(arg, n), repr)
                w.case("rsplit_max", [s, arg, n], lambda: s.rsplit(arg, n), repr)
                w.case("replace", [s, arg, "<>", n], lambda: s.replace(arg, "<>", n), repr)
        for n in [0, 1, 2, -1]:
            w.case("split_none_max", [s, n], lambda: s.split(None, n), repr)
            w.case("rsplit_none_max", [s, n], lambda: s.rsplit(None, n), repr)
        for width in [-1, 0, 3, 8, 11]:
            w.case("center", [s, width], lambda: s.center(width, "*"), repr)
            w.case("ljust", [s, width], lambda: s.ljust(width, "-"), repr)
            w.case("rjust", [s, width], lambda: s.rjust(width), repr)
            w.case("zfill", [s, width], lambda: s.zfill(width), repr)
        for n in [-1, 0, 1, 4, 8]:
            w.case("expandtabs", [s, n], lambda: s.expandtabs(n), repr)
        for n in [-1, 0, 1, 3]:
            w.case("repeat", [s, n], lambda: s * n, repr)
        for i in [0, 1, -1, 2, 5, -5]:
            w.case("char_at", [s, i], lambda: s[i], repr)
        for a, b, st in [(None, None, None), (1, None, None), (None, -1, None), (None, None, -1), (1, 5, 2),
                         (-2, None, -2), (10, -10, -1), (-100, 100, 3), (None, None, 0), (5, 1, 1), (3, 0, -1)]:
            w.case("slice", [s, repr(a), repr(b), repr(st)], lambda: s[a:b:st], repr)
    w.close()


def _printf_arg(v):
    """One argument in the test's notation: `i:42`, `f:0.5`, `s:text`, `b:1`, `n:`."""
    if isinstance(v, bool):
        return "b:%d" % v
    if isinstance(v, int):
        return "i:%d" % v
    if isinstance(v, float):
        return "f:" + repr(v)
    if v is None:
        return "n:"
    return "s:" + v


def gen_printf():
    w = Writer("printf")
    values = [0, 7, -42, 255, 2**70, -(2**65), True, 3.14159, -0.5, 1e20, 1e-7, 0.0, -0.0,
              float("inf"), float("nan"), "x", "hello", "h\u00e9", "", None, 65, 0x10FFFF, 0x110000]
    kinds = "sradiuoxXeEfFgGc"
    flags = ["", "-", "+", " ", "#", "0", "-0", "+0", "#0", "+#"]
    widths = ["", "1", "8", "*"]
    precisions = ["", ".0", ".3", ".*"]
    for kind in kinds:
        for v in values:
            for _ in range(6):
                f, wd, pr = rng.choice(flags), rng.choice(widths), rng.choice(precisions)
                template = "%" + f + wd + pr + kind
                args = []
                if wd == "*":
                    args.append(rng.choice([5, -6, 0]))
                if pr == ".*":
                    args.append(rng.choice([2, 0, -1]))
                args.append(v)
                w.case("tuple", ["[" + template + "]", "|".join(_printf_arg(a) for a in args)],
                       lambda: ("[" + template + "]") % tuple(args))
    mixed = [
        ("%s and %s", ("a", 1)), ("%d%%", (50,)), ("%s", ()), ("%s %s", ("a",)), ("%s", ("a", "b")),
        ("%y", (1,)), ("abc%", (1,)), ("%(a", ()), ("%5%", ()), ("%ld|%hd|%Li", (1, 2, 3)),
        ("%c", ("ab",)), ("%c", (1.5,)), ("%x", (1.5,)), ("%d", ("x",)), ("%f", ("x",)), ("%d", (None,)),
        ("%*d", ("x", 1)), ("%.*f", (2, 1.0, 3)), ("%-*d|", (-4, 7)), ("%s", (2**70,)),
    ]
    for template, args in mixed:
        w.case("tuple", [template, "|".join(_printf_arg(a) for a in args)], lambda: template % args)
    singles = [("%s", 5), ("%d", 5), ("%s %s", 5), ("%r", "q"), ("%5.1f", 2.25), ("%s", None), ("[%c]", 66)]
    for template, v in singles:
        w.case("single", [template, _printf_arg(v)], lambda: template % v)
    mapping = {"a": 1, "b": "two", "c": 3.5}
    maps = ["%(a)s", "%(b)r|%(c).1f", "%(a)05d", "%(zz)s", "%(a)s %s", "%s", "no fields", "%(a)s %(a)d"]
    for template in maps:
        w.case("mapping", [template, "|".join("%s=%s" % (k, _printf_arg(x)) for k, x in mapping.items())],
               lambda: template % mapping)
    w.close()


if __name__ == "__main__":
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    which = sys.argv[1:]
    for name, fn in list(globals().items()):
        if name.startswith("gen_") and (not which or name[4:] in which):
            fn()
