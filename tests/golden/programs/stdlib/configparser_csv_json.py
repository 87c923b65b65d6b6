import csv
import io
import json
import configparser

INI = """
[DEFAULT]
timeout = 30
retries = 3

[server]
host = example.org
port = 8080
debug = yes

[client]
timeout = 5
name = strata client
ratio = 0.75
paths = /usr/bin:/bin
"""

cp = configparser.ConfigParser()
cp.read_string(INI)
print(cp.sections())
for sec in cp.sections():
    print(sec, dict(cp[sec]))
print(cp.getint("server", "port") + 1)
print(cp.getboolean("server", "debug"))
print(cp.getfloat("client", "ratio") * 2)
print(cp.get("client", "timeout"), cp.get("server", "timeout"))
print(cp.has_option("client", "host"), cp.has_section("db"))
print(cp["client"].get("missing", "fallback"))
try:
    cp.get("db", "x")
except configparser.NoSectionError as e:
    print(type(e).__name__, e)
try:
    cp.get("server", "nope")
except configparser.NoOptionError as e:
    print(type(e).__name__, e)
out = io.StringIO()
cp.write(out)
print(out.getvalue())

CSV = """name,dept,salary,start
Alice,Engineering,120000,2019-03-01
Bob,Sales,"85,000",2020-07-15
"Carol ""CJ"" Jones",Engineering,135000,2018-01-20
Dan,Support,60000,2021-11-30
Eve,Sales,91000,2017-05-05
"""

rows = list(csv.DictReader(io.StringIO(CSV)))
for r in rows:
    r["salary"] = int(r["salary"].replace(",", ""))
by_dept = {}
for r in rows:
    by_dept.setdefault(r["dept"], []).append(r)
summary = {
    dept: {"count": len(rs), "total": sum(r["salary"] for r in rs),
           "names": [r["name"] for r in rs]}
    for dept, rs in sorted(by_dept.items())
}
print(json.dumps(summary, indent=2, sort_keys=True))
print(json.dumps(summary, separators=(",", ":"))[:80])
buf = io.StringIO()
w = csv.writer(buf, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
w.writerow(["dept", "avg"])
for dept, s in summary.items():
    w.writerow([dept, round(s["total"] / s["count"], 2)])
w.writerow(["weird, dept", 'say "hi"'])
print(buf.getvalue(), end="")
dw = csv.DictWriter(io.StringIO(), fieldnames=["a", "b"])
try:
    dw.writerow({"a": 1, "c": 2})
except ValueError as e:
    print("ValueError:", e)

data = json.loads('{"x": [1, 2.5, null, true, "s\\u00e9"], "y": {"z": -1e5}}')
print(data)
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data))
for bad in ['{"a": }', '[1, 2', '{"a" 1}', 'nul']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, e.pos, e.lineno, e.colno)
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=Enc))
try:
    json.dumps({"o": object()})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps([float("inf"), 1.0, 1e20, 0.1]))
print(json.loads("[1.0, 1e400, -0.0]"))
print(json.dumps("tab\there\n\"q\""))
print(json.dumps({1: 2, True: 3, None: 4}))
