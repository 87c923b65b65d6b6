# Matching constants, value patterns through dotted names, and or-patterns.
import sys


def category(code):
    match code:
        case 200 | 201 | 204:
            return "success"
        case 301 | 302 | 307 | 308:
            return "redirect"
        case 400:
            return "bad request"
        case 401 | 403:
            return "denied"
        case 404:
            return "not found"
        case int(n) if 500 <= n < 600:
            return "server error"
        case int(n) if 100 <= n < 600:
            return "other"
        case _:
            return "invalid"


for code in (200, 204, 302, 400, 403, 404, 418, 503, 99, 700):
    print(code, category(code))


def check_platform():
    match sys.platform:
        case "linux" | "darwin":
            return "unix-like"
        case "win32":
            return "windows"
        case _:
            return "unknown"


print(check_platform())
for value in (None, True, False, 0, 1, 0.0, "", [], (), {}):
    match value:
        case None:
            kind = "None"
        case True:
            kind = "True"
        case False:
            kind = "False"
        case 0:
            kind = "zero"
        case 1:
            kind = "one"
        case "" | [] | ():
            kind = "empty sequence-like"
        case {}:
            kind = "mapping"
    print(repr(value), "->", kind)
