# Small tools' modules CPython writes in Python: tomllib reading a config,
# optparse for an old-style command line, colorsys, sched and fileinput.
import colorsys
import fileinput
import optparse
import sched
import tomllib

CONFIG = """
title = "Report"
[owner]
name = "Ada"
joined = 2021-03-04
[limits]
sizes = [1, 2, 3]
ratio = 0.75
"""
cfg = tomllib.loads(CONFIG)
print(cfg["title"], cfg["owner"], cfg["limits"])
try:
    tomllib.loads("x = ")
except tomllib.TOMLDecodeError as e:
    print("TOMLDecodeError:", e)

parser = optparse.OptionParser(usage="%prog [options] FILE")
parser.add_option("-n", "--lines", type="int", default=10, help="lines to show [default: %default]")
parser.add_option("-v", action="store_true", dest="verbose")
opts, args = parser.parse_args(["-n", "3", "-v", "data.txt"])
print(opts.lines, opts.verbose, args)
parser.print_help()

print([round(c, 3) for c in colorsys.rgb_to_hls(0.2, 0.4, 0.6)], colorsys.hsv_to_rgb(0, 1, 1))

s = sched.scheduler()
for prio, word in [(2, "world"), (1, "hello")]:
    s.enterabs(0, prio, print, (word,))
s.run()

with open("notes.txt", "w") as f:
    f.write("alpha\nbeta\n")
with fileinput.input(["notes.txt"]) as lines:
    for line in lines:
        print(fileinput.lineno(), line.rstrip())

parser.parse_args(["-n", "many"])
