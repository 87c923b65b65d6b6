"""Strata's binascii: conversions between binary data and ASCII (hex,
base64, CRC-32), written in Python (CPython's is a C module). The uu,
quoted-printable and CRC-HQX codecs are left out."""

__all__ = ["Error", "Incomplete", "a2b_base64", "b2a_base64", "a2b_hex", "b2a_hex",
           "hexlify", "unhexlify", "crc32"]


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_VALUES = {c: i for i, c in enumerate(_B64)}
_PAD = ord("=")
_HEX_DIGITS = b"0123456789abcdefABCDEF"


def _ascii_data(data):
    """What an a2b_* function accepts: bytes-like data, or ASCII text."""
    if isinstance(data, str):
        try:
            return data.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters") from None
    return _binary_data(data)


def _binary_data(data):
    if isinstance(data, memoryview):
        return data.tobytes()
    if not isinstance(data, (bytes, bytearray)):
        raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")
    return data


def b2a_base64(data, *, newline=True):
    """Base64-code line of data."""
    data = _binary_data(data)
    out = bytearray()
    for i in range(0, len(data) - 2, 3):
        n = data[i] << 16 | data[i + 1] << 8 | data[i + 2]
        out += bytes((_B64[n >> 18], _B64[n >> 12 & 63], _B64[n >> 6 & 63], _B64[n & 63]))
    rest = len(data) % 3
    if rest == 1:
        n = data[-1] << 16
        out += bytes((_B64[n >> 18], _B64[n >> 12 & 63])) + b"=="
    elif rest == 2:
        n = data[-2] << 16 | data[-1] << 8
        out += bytes((_B64[n >> 18], _B64[n >> 12 & 63], _B64[n >> 6 & 63])) + b"="
    if newline:
        out += b"\n"
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    """Decode a line of base64 data (as CPython's: characters outside the
    alphabet are skipped unless strict_mode; a full pad ends the data)."""
    data = _ascii_data(data)
    if strict_mode and data[:1] == b"=":
        raise Error("Leading padding not allowed")
    out = bytearray()
    quad_pos = pads = left = 0
    for i, c in enumerate(data):
        if c == _PAD:
            pads += 1
            if quad_pos >= 2 and quad_pos + pads >= 4:
                if strict_mode and i + 1 < len(data):
                    raise Error("Excess data after padding")
                return bytes(out)
            continue
        value = _B64_VALUES.get(c)
        if value is None:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if strict_mode and pads:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        if quad_pos == 0:
            left = value
        elif quad_pos == 1:
            out.append((left << 2 | value >> 4) & 0xFF)
            left = value & 0xF
        elif quad_pos == 2:
            out.append((left << 4 | value >> 2) & 0xFF)
            left = value & 0x3
        else:
            out.append((left << 6 | value) & 0xFF)
        quad_pos = (quad_pos + 1) % 4
    if quad_pos == 1:
        raise Error("Invalid base64-encoded string: number of data characters "
                    f"({len(out) // 3 * 4 + 1}) cannot be 1 more than a multiple of 4")
    if quad_pos:
        raise Error("Incorrect padding")
    return bytes(out)


def hexlify(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data."""
    data = _binary_data(data)
    text = data.hex() if sep is None else data.hex(sep, bytes_per_sep)
    return text.encode("ascii")


def unhexlify(hexstr):
    """Binary data of hexadecimal representation."""
    hexstr = _ascii_data(hexstr)
    if len(hexstr) % 2:
        raise Error("Odd-length string")
    out = bytearray()
    for i in range(0, len(hexstr), 2):
        pair = hexstr[i:i + 2]
        if not all(c in _HEX_DIGITS for c in pair):
            raise Error("Non-hexadecimal digit found")
        out.append(int(pair, 16))
    return bytes(out)


b2a_hex = hexlify
a2b_hex = unhexlify


def _crc_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC_TABLE = _crc_table()


def crc32(data, crc=0):
    """Compute CRC-32 incrementally."""
    crc = ~crc & 0xFFFFFFFF
    for byte in _binary_data(data):
        crc = _CRC_TABLE[(crc ^ byte) & 0xFF] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF
