s = ['single', "double", '''triple
single''', """triple
double""", '', ""]
escapes = "\n\t\\\'\"\a\b\f\v\r\x41\101\0\u00e9\U0001F600\N{LATIN SMALL LETTER E WITH ACUTE}"
raw = [r"\n", R'\d+', r"""\w""", rb"\x00", Rb'x', bR"y", BR'z', br"w"]
bytes_ = [b"bytes", B'x', b"\x00\xff\n", b'''multi
line''']
unicode = u"legacy", U'prefix'
non_ascii = "héllo wörld ✓ 😀"
ünïcödé_identifier = "names can be non-ASCII"
concat = ("a"
          "b"
          'c')
continued = "line one \
line two"
backslash_continuation = 1 + \
    2
surrogate = "\ud800"
