# The unicode_escape and raw_unicode_escape codecs: escaping text for
# display or storage, reading escapes typed as plain text back, and
# CPython's errors and handlers.
import codecs

raw = r"Tab:\t|Newline:\n|Quote:\'|Hex:\x41|Octal:\101|Uni:\u00e9|Wide:\U0001F600|Name:\N{BULLET}|Back:\\"
print(raw.encode("latin-1").decode("unicode_escape"))
print(codecs.decode(raw, "unicode_escape") == raw.encode().decode("unicode_escape"))
for text in ["plain", "tab\tand\nnewline", "quote ' \" \\ back", "é ü ☃ 😀", "\x00\x7f\x80\xff"]:
    escaped = text.encode("unicode_escape")
    print(escaped, escaped.decode("unicode_escape") == text, text.encode("raw_unicode_escape"))
print(b"caf\\u00e9 \\x41 \\\\u00e9".decode("raw_unicode_escape"), rb"\U0001F600".decode("raw_unicode_escape"))
for bad in [b"\\x4", b"\\u12", b"\\U11111111", b"\\N{NO SUCH NAME}", b"\\N{x", b"\\Nx", b"abc\\"]:
    try:
        bad.decode("unicode_escape")
    except UnicodeDecodeError as e:
        print(e, (e.start, e.end, e.encoding))
    print(bad.decode("unicode_escape", "replace"), bad.decode("unicode_escape", "ignore"),
          bad.decode("unicode_escape", "backslashreplace"))
try:
    b"\\U00110000".decode("raw_unicode_escape")
except UnicodeDecodeError as e:
    print(e)
info = codecs.lookup("unicode-escape")
print(info.name, codecs.lookup("RAW_UNICODE_ESCAPE").name, info.encode("é\n"), info.decode(b"\\u263a"))
