"""codecs: the registry of encodings, written for Strata (CPython's is C
plus the `encodings` package). The codecs are those `str.encode` and
`bytes.decode` implement (UTF-8, UTF-16/32, ASCII, Latin-1 and code pages
such as cp1252, which the native `_codecs` names) and the bytes-to-bytes
`hex` and `base64`; `register` adds search functions as CPython's does.
Stream readers/writers and incremental codecs are not provided."""

import sys

__all__ = [
    "register", "lookup", "encode", "decode", "getencoder", "getdecoder", "CodecInfo",
    "BOM", "BOM_BE", "BOM_LE", "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_BE", "BOM_UTF16_LE",
    "BOM_UTF32", "BOM_UTF32_BE", "BOM_UTF32_LE", "utf_8_encode", "utf_8_decode",
    "latin_1_encode", "latin_1_decode", "ascii_encode", "ascii_decode",
]

BOM_UTF8 = b"\xef\xbb\xbf"
BOM_LE = BOM_UTF16_LE = b"\xff\xfe"
BOM_BE = BOM_UTF16_BE = b"\xfe\xff"
BOM_UTF32_LE = b"\xff\xfe\x00\x00"
BOM_UTF32_BE = b"\x00\x00\xfe\xff"
if sys.byteorder == "little":
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE


class CodecInfo(tuple):
    """(encode, decode, reader, writer) with the codec's name."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None, incrementalencoder=None,
                incrementaldecoder=None, name=None, *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


def _text_codec(name, function_prefix):
    def encode(input, errors="strict"):
        if not isinstance(input, str):
            raise TypeError(f"{function_prefix}_encode() argument 1 must be str, not {type(input).__name__}")
        return input.encode(name, errors), len(input)

    def decode(input, errors="strict"):
        if isinstance(input, str) and name.endswith("unicode-escape"):
            # CPython's escape decoders read a str as its UTF-8.
            input = input.encode("utf-8")
        if not isinstance(input, (bytes, bytearray)):
            raise TypeError(f"a bytes-like object is required, not '{type(input).__name__}'")
        return input.decode(name, errors), len(input)

    encode.__name__ = encode.__qualname__ = f"{function_prefix}_encode"
    decode.__name__ = decode.__qualname__ = f"{function_prefix}_decode"
    return CodecInfo(encode, decode, name=name)


def _binary_codec(name, to_bytes, from_bytes):
    def encode(input, errors="strict"):
        assert errors == "strict"
        return to_bytes(input), len(input)

    def decode(input, errors="strict"):
        assert errors == "strict"
        return from_bytes(input), len(input)

    return CodecInfo(encode, decode, name=name, _is_text_encoding=False)


def _builtin_search(normalized):
    import binascii
    import _codecs

    text = _codecs._text_codec(normalized)
    if text is not None:
        return _text_codec(*text)
    if normalized in ("hex", "hex_codec"):
        return _binary_codec("hex", binascii.b2a_hex, binascii.a2b_hex)
    if normalized in ("base64", "base_64", "base64_codec"):
        return _binary_codec("base64", binascii.b2a_base64, binascii.a2b_base64)
    return None


_search_functions = [_builtin_search]
_cache = {}

# The functions CPython's `_codecs` exports by name.
utf_8_encode, utf_8_decode = _text_codec("utf-8", "utf_8")[:2]
ascii_encode, ascii_decode = _text_codec("ascii", "ascii")[:2]
latin_1_encode, latin_1_decode = _text_codec("iso8859-1", "latin_1")[:2]


def register(search_function):
    """Register a function that maps a normalized encoding name to a CodecInfo."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def _normalize(encoding):
    # As `encodings.normalize_encoding`, then lower case, as `_PyCodec_Lookup`.
    chars = []
    punct = False
    for c in encoding:
        if c.isalnum() or c == ".":
            if punct and chars:
                chars.append("_")
            chars.append(c)
            punct = False
        else:
            punct = True
    return "".join(chars).lower()


def lookup(encoding):
    """The CodecInfo of `encoding`, or LookupError."""
    if not isinstance(encoding, str):
        raise TypeError(f"lookup() argument must be str, not {type(encoding).__name__}")
    normalized = _normalize(encoding)
    if normalized in _cache:
        return _cache[normalized]
    for search in _search_functions:
        info = search(normalized)
        if info is not None:
            if not isinstance(info, CodecInfo):
                raise TypeError("codec search functions must return 4-tuples")
            _cache[normalized] = info
            return info
    raise LookupError(f"unknown encoding: {encoding}")


def _run(direction, obj, encoding, errors):
    info = lookup(encoding)
    codec = info.encode if direction == "encoding" else info.decode
    try:
        result = codec(obj, errors)
    except TypeError as e:
        # CPython names the codec and the wrapped error's type.
        raise TypeError(f"{direction} with {encoding!r} codec failed ({type(e).__name__}: {e})") from e
    return result[0]


def encode(obj, encoding="utf-8", errors="strict"):
    return _run("encoding", obj, encoding, errors)


def decode(obj, encoding="utf-8", errors="strict"):
    return _run("decoding", obj, encoding, errors)


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode
