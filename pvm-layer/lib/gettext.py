"""Message translation: none.

(Strata has no message catalogs; these are CPython's gettext functions as
they behave when no translation is installed: every message is itself.)
"""

__all__ = ['gettext', 'ngettext', 'pgettext', 'npgettext', 'dgettext',
           'dngettext']


def gettext(message):
    return message


def dgettext(domain, message):
    return message


def ngettext(msgid1, msgid2, n):
    return msgid1 if n == 1 else msgid2


def dngettext(domain, msgid1, msgid2, n):
    return msgid1 if n == 1 else msgid2


def pgettext(context, message):
    return message


def npgettext(context, msgid1, msgid2, n):
    return msgid1 if n == 1 else msgid2
