"""A grab bag of small standard modules a script reaches for: reprlib for
short reprs in logs, getopt for a legacy CLI, graphlib for build order,
html for escaping, errno and stat for file checks, timeit for a quick
measurement (whose numbers are not shown)."""
import errno
import getopt
import graphlib
import html
import os
import reprlib
import stat
import timeit

print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100), reprlib.repr({i: i for i in range(10)}))
r = reprlib.Repr()
r.maxlist = 3
print(r.repr([1, 2, 3, 4, 5]), r.repr(set(range(8))), reprlib.repr((1, (2, (3, (4, (5, (6,))))))))


class Node:
    def __init__(self, children):
        self.children = children

    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Node({self.children!r})"


n = Node([])
n.children.append(n)
print(n)

opts, args = getopt.getopt(["-v", "-o", "out.txt", "--level=3", "--dry-run", "a", "b"], "vo:", ["level=", "dry-run"])
print(opts, args)
print(getopt.gnu_getopt(["a", "-v", "b", "--level", "2"], "v", ["level="]))
try:
    getopt.getopt(["-x"], "v")
except getopt.GetoptError as e:
    print("GetoptError:", e, e.opt)
try:
    getopt.getopt(["--lev"], "", ["level=", "levels"])
except getopt.GetoptError as e:
    print("GetoptError:", e)

deps = {"app": {"lib", "utils"}, "lib": {"core"}, "utils": {"core"}, "tests": {"app"}}
ts = graphlib.TopologicalSorter(deps)
order = list(ts.static_order())
print(order[0], order[-1], len(order))
ts = graphlib.TopologicalSorter(deps)
ts.prepare()
batches = []
while ts.is_active():
    ready = sorted(ts.get_ready())
    batches.append(ready)
    ts.done(*ready)
print(batches)
try:
    list(graphlib.TopologicalSorter({"a": {"b"}, "b": {"a"}}).static_order())
except graphlib.CycleError as e:
    print("CycleError:", e.args[0], sorted(e.args[1]))

print(html.escape('<a href="x">Tom & Jerry\'s</a>'), html.escape("<b>'q'</b>", quote=False))
print(html.unescape("&lt;p&gt;caf&eacute; &amp; cr&#232;me &#x263A; &copy;&nbsp;2024&notanentity;"))

print(errno.ENOENT, errno.EEXIST, errno.errorcode[errno.EACCES], errno.EAGAIN == errno.EWOULDBLOCK)
with open("probe.txt", "w") as f:
    f.write("hello")
st = os.stat("probe.txt")
print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), stat.S_ISDIR(os.stat(".").st_mode), st.st_size)
print(stat.filemode(stat.S_IFDIR | 0o755), stat.filemode(stat.S_IFREG | 0o640), stat.S_IMODE(0o100644) == 0o644)
try:
    os.mkdir("probe.txt")
except OSError as e:
    print(e.errno == errno.EEXIST, errno.errorcode[e.errno])
os.remove("probe.txt")
t = timeit.timeit("sum(range(10))", number=50)
print(type(t).__name__, t >= 0)
print(len(timeit.repeat("x = [1, 2]; x.sort()", setup="import math", repeat=3, number=10)))
timer = timeit.Timer(lambda: sorted([3, 1, 2]))
print(timer.timeit(number=5) >= 0)
print(timeit.Timer("pass").timeit(number=0) >= 0)
try:
    timeit.Timer("return 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
