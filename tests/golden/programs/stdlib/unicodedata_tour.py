# Tools built on unicodedata: slugs without accents, column widths for CJK
# text, a character inspector, and input normalization for a user database.
import unicodedata


def strip_accents(text):
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def slugify(title):
    ascii_text = strip_accents(unicodedata.normalize("NFKC", title)).lower()
    words = "".join(c if c.isalnum() else " " for c in ascii_text).split()
    return "-".join(words)


for title in ["Crème Brûlée à la française", "Ｆｕｌｌｗｉｄｔｈ Ｔｅｘｔ", "Straße ﬁnale № 5", "Ångström & Øre"]:
    print(f"{title!r:35} -> {slugify(title)}")


def display_width(text):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1 for c in text)


rows = [("東京", "Tokyo"), ("서울", "Seoul"), ("Zürich", "Zurich"), ("ｶﾀｶﾅ", "half-width")]
for native, latin in rows:
    pad = 10 - display_width(native)
    print(native + " " * pad + "| " + latin)
print([unicodedata.east_asian_width(c) for c in "aé東ｶＡ→"])

print(f"{'char':6}{'code':8}{'cat':5}{'bidi':5}{'comb':5}{'mirr':5}name")
for c in "A7½²٣ ءא(\u0301€🐍\u200b\t":
    print(f"{c!r:6}{ord(c):<8X}{unicodedata.category(c):5}{unicodedata.bidirectional(c):5}"
          f"{unicodedata.combining(c):<5}{unicodedata.mirrored(c):<5}{unicodedata.name(c, '<no name>')}")

print("-- numbers")
for c in "7٣൬²⑦½Ⅻ万x":
    print(c, unicodedata.decimal(c, None), unicodedata.digit(c, None), unicodedata.numeric(c, None))
for fn in (unicodedata.decimal, unicodedata.digit, unicodedata.numeric):
    try:
        fn("x")
    except ValueError as e:
        print(fn.__name__, "ValueError:", e)

print("-- names")
for name in ["SNOWMAN", "latin small letter sharp s", "EURO SIGN", "BYTE ORDER MARK", "LINE FEED", "CJK UNIFIED IDEOGRAPH-6771", "HANGUL SYLLABLE GAG"]:
    c = unicodedata.lookup(name)
    print(name, "->", ascii(c), unicodedata.name(c, None))
for name in ["NOT A REAL CHARACTER", "x" * 300]:
    try:
        unicodedata.lookup(name)
    except KeyError as e:
        print("KeyError:", e)
try:
    unicodedata.name("\x07")
except ValueError as e:
    print("ValueError:", e)
print(unicodedata.name("\x07", "BELL?"), unicodedata.name("\U000e0001"), unicodedata.name("\U0001FAE0"))

print("-- normalization")
users = ["Zoë", "Zoe\u0308", "ZOË", "ﬁona", "Ⅻ", "한글", "\u1112\u1161\u11ab"]
for form in ["NFC", "NFD", "NFKC", "NFKD"]:
    out = [unicodedata.normalize(form, u) for u in users]
    print(form, [len(s) for s in out], [unicodedata.is_normalized(form, u) for u in users])
print(len({unicodedata.normalize("NFC", u).casefold() for u in users[:3]}), "distinct user(s) among", users[:3])
print(ascii(unicodedata.normalize("NFKD", "x² ≤ ½ … ℌ")), unicodedata.normalize("NFC", "Å") == "\u00c5")
for bad in [("NFX", "a"), (5, "a"), ("NFC", 5)]:
    try:
        unicodedata.normalize(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for bad in ["ab", 5, ""]:
    try:
        unicodedata.category(bad)
    except TypeError as e:
        print("TypeError:", e)
print(unicodedata.unidata_version, unicodedata.category("\u0378"), unicodedata.bidirectional("\u0378") == "")
