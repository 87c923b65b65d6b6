# Functions CPython writes in C (time, operator, heapq, functools.reduce,
# struct, bisect, itertools) do not bind as methods when a class stores
# them: logging's documented `Formatter.converter = time.gmtime` works.
import time, operator, heapq, functools, bisect, struct, logging, sys, itertools
class Timer:
    clock = time.perf_counter
    fmt = time.strftime
    def elapsed(self):
        start = self.clock()
        return self.clock() - start >= 0
class Op:
    fn = operator.add
    neg = operator.neg
    def apply(self, a, b):
        return self.fn(a, b), self.neg(a)
class Heap:
    push = heapq.heappush
    pop = heapq.heappop
    def run(self):
        h = []
        self.push(h, 3); self.push(h, 1)
        return self.pop(h)
class Reducer:
    fold = functools.reduce
    def total(self, xs):
        return self.fold(operator.add, xs)
class Packer:
    pack = struct.pack
    find = bisect.bisect_left
    def go(self):
        return self.pack("<H", 258), self.find([1, 3, 5], 4)
class UTCFormatter(logging.Formatter):
    converter = time.gmtime
print(Timer().elapsed(), Timer().fmt("%Y", time.gmtime(0)), Op().apply(2, 3), Heap().run(), Reducer().total([1, 2, 3]), Packer().go())
utc = UTCFormatter("%(asctime)s %(message)s", datefmt="%Y-%m-%d %H:%M")
print(utc.format(logging.makeLogRecord({"msg": "hello", "created": 86400.0 * 365})))
logging.Formatter.converter = time.localtime
f = logging.Formatter("%(asctime)s|%(levelname)s", datefmt="%H")
rec = logging.makeLogRecord({"msg": "m", "levelname": "INFO", "created": 0.0})
print(len(f.format(rec)) > 0, time.localtime.__name__)
class Chain:
    chain = itertools.chain
    def go(self):
        return list(self.chain([1], [2]))
print(Chain().go())
class Mine:
    def helper(self): return "bound"
    def f(self): return self.helper()
print(Mine().f())
