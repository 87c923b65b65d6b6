# Validating and normalizing an international sign-up form: identifiers,
# case-insensitive matching, display names and numeric fields in any script.
usernames = ["straße", "STRASSE", "İstanbul", "istanbul", "Σίσυφος", "ΣΊΣΥΦΟΣ", "ǆemal", "Ǆemal", "ﬁnn", "FINN"]
seen = {}
for name in usernames:
    key = name.casefold()
    seen.setdefault(key, []).append(name)
for key, names in seen.items():
    print(f"{key!r:14} {names}")

print("-- case mappings")
for word in ["ß", "ﬃ", "İ", "ı", "ŉ", "ǰ", "ΐ", "ᾳ", "Ǆ", "ǅ", "ǆ", "ΌΣΟΣ", "ὈΔΥΣΣΕΎΣ", "σ", "ς"]:
    print(ascii(word), ascii(word.upper()), ascii(word.lower()), ascii(word.title()),
          ascii(word.casefold()), ascii(word.swapcase()), ascii(word.capitalize()))
print(len("İ".lower()), "İ".lower() == "i\u0307", "ß".upper(), "ß".upper().lower(), "MASSE".lower() == "maße".casefold().replace("ss", "ss"))
print("o'neil mcdonald-smith ǳemal".title(), "ÉCOLE NORMALE".title(), "déjà vu".capitalize())

print("-- identifiers")
for ident in ["naïve", "π_value", "変数", "x²", "١٢", "_٣", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "a\u0301", "\u0301a", "℘", "x·y", "ⅷ", "a-b", "ⁿ", ""]:
    print(repr(ident), ident.isidentifier())

print("-- printable")
for s in ["café", "tab\there", "\u00a0nbsp", "\u200bzero", "\u2028", "🐍", "\U000e0041", "\ufeff", "\u0378", "\x7f", "ªº"]:
    print(ascii(s), s.isprintable())

print("-- numeric fields")
for field in ["42", "４２", "٤٢", "४२", "²", "⅔", "Ⅻ", "二十", "1.5", "৩", "𝟓", "⓵"]:
    print(ascii(field), field.isdecimal(), field.isdigit(), field.isnumeric(), field.isalnum(),
          int(field) if field.isdecimal() else "-")
print(float("١٫٥".replace("٫", ".")), int("  ٣٤\u2003"), sum(int(c) for c in "𝟏𝟐𝟑"))

print("-- other predicates")
for s in ["Ünïcödé", "ÜNÏ", "ünï", "Ǆemal Ǉubav", "ǅemal Ljubav", "ﬁ", "ǅ", "Ⅷ", "ⅷ", "ª", "ʰ", "\u3000\u2003\x85\x1c"]:
    print(ascii(s), s.isalpha(), s.isupper(), s.islower(), s.istitle(), s.isspace())
print(len("  ümlaut\u3000".strip()), "a\u2003b\x1cc\x85d".split(), "É".center(5, "·"), "ß".zfill(3))
