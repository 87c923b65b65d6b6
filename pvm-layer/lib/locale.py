"""Locale support: the "C" locale only.

Strata has no C library locales (no `_locale`), so this is CPython 3.11's
own emulation from Lib/locale.py: every category is "C", numbers format
with '.' and no grouping, strings collate by code point.
"""

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "localeconv", "strcoll", "strxfrm", "str", "atof",
           "atoi", "format_string", "currency", "normalize", "LC_CTYPE",
           "LC_COLLATE", "LC_TIME", "LC_MONETARY", "LC_NUMERIC", "LC_ALL",
           "CHAR_MAX", "getencoding", "LC_MESSAGES"]

from builtins import str as _builtin_str

CHAR_MAX = 127
LC_ALL = 6
LC_COLLATE = 3
LC_CTYPE = 0
LC_MESSAGES = 5
LC_MONETARY = 4
LC_NUMERIC = 1
LC_TIME = 2
Error = ValueError


def localeconv():
    """Returns numeric and monetary locale-specific parameters."""
    return {'grouping': [127], 'currency_symbol': '', 'n_sign_posn': 127,
            'p_cs_precedes': 127, 'n_cs_precedes': 127, 'mon_grouping': [],
            'n_sep_by_space': 127, 'decimal_point': '.', 'negative_sign': '',
            'positive_sign': '', 'p_sep_by_space': 127,
            'int_curr_symbol': '', 'p_sign_posn': 127, 'thousands_sep': '',
            'mon_thousands_sep': '', 'frac_digits': 127,
            'mon_decimal_point': '', 'int_frac_digits': 127}


def setlocale(category, locale=None):
    """Activates/queries locale processing."""
    if locale not in (None, '', 'C'):
        raise Error('_locale emulation only supports "C" locale')
    return 'C'


def getlocale(category=LC_CTYPE):
    """The (language code, encoding) of `category`: (None, None) for "C"."""
    if category == LC_ALL:
        raise TypeError('category LC_ALL is not supported')
    return None, None


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    return None, 'UTF-8'


def getencoding():
    return 'UTF-8'


def getpreferredencoding(do_setlocale=True):
    return 'UTF-8'


def normalize(localename):
    return localename


def strcoll(a, b):
    """Compares two strings according to the locale."""
    return (a > b) - (a < b)


def strxfrm(s):
    """A string that compares as `s` does in the locale."""
    return s


def format_string(f, val, grouping=False, monetary=False):
    """Formats with the % operator; the "C" locale groups no digits."""
    return f % val


def currency(val, symbol=True, grouping=False, international=False):
    raise ValueError("Currency formatting is not possible using "
                     "the 'C' locale.")


def str(val):
    """Convert float to string, taking the locale into account."""
    return format_string("%.12g", val)


def delocalize(string):
    """Parses a string as a normalized number according to the locale."""
    return string


def localize(string, grouping=False, monetary=False):
    """Parses a string as locale number according to the locale."""
    return string


def atof(string, func=float):
    """Parses a string as a float according to the locale settings."""
    return func(delocalize(string))


def atoi(string):
    """Converts a string to an integer according to the locale settings."""
    return int(delocalize(string))
