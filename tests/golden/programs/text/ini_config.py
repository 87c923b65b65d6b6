# Parsing an INI-style configuration with sections, comments and types.
CONFIG = """
; global settings
name = demo app
debug = true

[server]
host = 127.0.0.1
port = 8080
timeout = 2.5

[database]
# connection details
url = postgres://localhost/db
pool = 5
retry = no
[empty]
"""


def convert(value):
    low = value.lower()
    if low in ("true", "yes", "on"):
        return True
    if low in ("false", "no", "off"):
        return False
    for kind in (int, float):
        try:
            return kind(value)
        except ValueError:
            pass
    return value


def parse(text):
    sections = {"DEFAULT": {}}
    current = sections["DEFAULT"]
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line[0] in "#;":
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], {})
            continue
        key, sep, value = line.partition("=")
        if not sep:
            raise SyntaxError(f"line {lineno}: expected key = value")
        current[key.strip()] = convert(value.strip())
    return sections


conf = parse(CONFIG)
for section, values in conf.items():
    print(f"[{section}]")
    for k, v in values.items():
        print(f"  {k} = {v!r} ({type(v).__name__})")
print(conf["server"]["port"] + 1, conf["server"]["timeout"] * 2)
try:
    parse("[x]\nthis line is wrong")
except SyntaxError as e:
    print("SyntaxError:", e)
