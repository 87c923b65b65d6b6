# Sniffing and converting file payloads with codecs: BOM detection, a
# lookup table of codecs by alias, and a custom codec registered by name.
import codecs

payloads = [
    codecs.BOM_UTF8 + "naïve café".encode("utf-8"),
    "plain ascii".encode("ascii"),
    "Grüße".encode("latin-1"),
]

def sniff(data):
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8", data[len(codecs.BOM_UTF8):]
    try:
        data.decode("ascii")
        return "ascii", data
    except UnicodeDecodeError:
        pass
    try:
        data.decode("utf-8")
        return "utf-8", data
    except UnicodeDecodeError:
        return "latin-1", data

for p in payloads:
    enc, body = sniff(p)
    text = codecs.decode(body, enc)
    info = codecs.lookup(enc)
    print(f"{info.name:10} {text!r} -> {codecs.encode(text, 'utf-8')!r}")

for alias in ["UTF8", "utf_8", "U8", "Latin-1", "l1", "US-ASCII", "hex", "base64"]:
    print(alias, "->", codecs.lookup(alias).name)
try:
    codecs.lookup("no-such-codec")
except LookupError as e:
    print("LookupError:", e)

encoder = codecs.getencoder("latin-1")
decoder = codecs.getdecoder("utf-8")
print(encoder("déjà"), decoder(b"d\xc3\xa9j\xc3\xa0"), encoder.__name__)
print(codecs.encode(b"\x00\xffhi", "hex"), codecs.decode(b"00ff6869", "hex"))
print(codecs.encode(b"strata", "base64"), codecs.decode(b"c3RyYXRh\n", "base64"))
print(codecs.decode(b"ab\xffcd", "utf-8", "replace"), codecs.encode("naïve", "ascii", "ignore"))
print(codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE, len(codecs.BOM_UTF32))

def shout_search(name):
    if name != "strata_shout":
        return None
    def enc(text, errors="strict"):
        return text.upper().encode("ascii", errors), len(text)
    def dec(data, errors="strict"):
        return data.decode("ascii", errors).lower(), len(data)
    return codecs.CodecInfo(enc, dec, name="strata-shout")

codecs.register(shout_search)
info = codecs.lookup("Strata-Shout")
print(info.name, codecs.encode("hello", "strata shout"), codecs.decode(b"HI", "strata_shout"), isinstance(info, tuple), len(info))
for bad, enc in [(b"bytes", "utf-8"), ("text", "utf-8")]:
    try:
        (codecs.encode if isinstance(bad, bytes) else codecs.decode)(bad, enc)
    except TypeError as e:
        print("TypeError:", e)
try:
    codecs.decode(b"caf\xe9", "utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
