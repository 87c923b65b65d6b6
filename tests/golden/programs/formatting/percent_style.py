# Old-style % formatting in a logging-like helper.
LEVELS = {10: "DEBUG", 20: "INFO", 30: "WARNING", 40: "ERROR"}
lines = []


def log(level, msg, *args):
    text = msg % args if args else msg
    lines.append("%-7s %3d | %s" % (LEVELS.get(level, "LVL%d" % level), level, text))


log(20, "server started on port %d", 8080)
log(10, "config: %r", {"debug": True})
log(30, "disk %s at %.1f%% capacity", "/dev/sda1", 91.256)
log(40, "failed after %d tries (%s)", 3, "timeout")
log(25, "custom level")
log(20, "%(user)s logged in from %(ip)s", )
log(20, "%s", ("a", "tuple"))
print("\n".join(lines))
print("%5.2f|%-8s|%+d|%x|%o|%e|%g|%c" % (3.14159, "hi", 5, 255, 8, 1234.5, 0.00001234, 65))
print("%(name)s is %(age)d years" % {"name": "Ada", "age": 36})
print("%s %s" % ("only", "two"), "%%d means int", "%.3s" % "abcdef", "%*d" % (6, 42))
for bad in [("%d", "x"), ("%s %s", ("one",)), ("%d", (1, 2))]:
    try:
        print(bad[0] % bad[1])
    except TypeError as e:
        print("TypeError:", e)
